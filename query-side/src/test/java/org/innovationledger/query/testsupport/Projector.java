package org.innovationledger.query.testsupport;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.QueryResponseMessage;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;

import java.util.List;

/**
 * Drives a projection through Axon's annotated handler machinery, as a streaming processor and the query bus do:
 * events via {@link AnnotationEventHandlerAdapter} inside a unit of work (so {@code @SequenceNumber},
 * {@code @Timestamp}, {@code @MetaDataValue} and the {@link TrackingToken} parameter are resolved for real),
 * resets via {@code prepareReset}, and queries via a {@link SimpleQueryBus} with response types.
 */
public final class Projector {

    private final AnnotationEventHandlerAdapter eventHandlers;
    private final SimpleQueryBus queryBus = SimpleQueryBus.builder().build();

    public Projector(Object projection) {
        this.eventHandlers = new AnnotationEventHandlerAdapter(projection);
        new AnnotationQueryHandlerAdapter<>(projection).subscribe(queryBus);
    }

    /** Delivers events in the given order; events the projection has no handler for are passed by. */
    public void deliver(List<? extends TrackedEventMessage<?>> messages) {
        messages.forEach(this::deliver);
    }

    public void deliver(TrackedEventMessage<?> message) {
        if (!eventHandlers.canHandle(message)) {
            return;
        }
        ResultMessage<?> result = DefaultUnitOfWork.startAndGet(message)
                .executeWithResult(() -> eventHandlers.handle(message));
        if (result.isExceptional()) {
            throw new AssertionError("handler failed on " + message.getPayloadType().getSimpleName()
                    + " at " + message.trackingToken(), result.exceptionResult());
        }
    }

    /** What a processor does on resetTokens(): the projection's reset handlers run. */
    public void reset() {
        eventHandlers.prepareReset(null);
    }

    /**
     * Replays the events after a reset: each carries a {@link ReplayToken} whose current token is the event's
     * own, until the processor catches up with the token it had at the reset.
     */
    public void replay(List<? extends TrackedEventMessage<?>> messages) {
        TrackingToken tokenAtReset = messages.get(messages.size() - 1).trackingToken();
        TrackingToken token = ReplayToken.createReplayToken(tokenAtReset);
        for (TrackedEventMessage<?> message : messages) {
            token = token instanceof ReplayToken replay ? replay.advancedTo(message.trackingToken())
                    : message.trackingToken();
            deliver(message.withTrackingToken(token));
        }
    }

    public <R> R query(Object query, ResponseType<R> responseType) {
        try {
            QueryResponseMessage<R> response = queryBus.query(new GenericQueryMessage<>(query, responseType)).get();
            if (response.isExceptional()) {
                throw new AssertionError("query " + query + " failed", response.exceptionResult());
            }
            return response.getPayload();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new AssertionError("query " + query + " failed", e.getCause());
        }
    }
}
