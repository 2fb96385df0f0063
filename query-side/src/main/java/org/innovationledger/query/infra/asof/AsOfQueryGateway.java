package org.innovationledger.query.infra.asof;

import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryMessage;
import org.axonframework.queryhandling.SubscriptionQueryBackpressure;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.reactivestreams.Publisher;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The query gateway the controllers use: the query bus, unless the HTTP request being served asked for an earlier
 * point ({@link AsOfRequest}), in which case the query is answered as of that point ({@link AsOfAnswers}) and the
 * response states what it reflects. Controllers need not know: every read model they reach through the gateway can
 * be asked as of a timestamp or position. Only point-to-point queries can be; the others refuse an as-of request.
 */
public final class AsOfQueryGateway implements QueryGateway {

    private final QueryGateway bus;
    private final Supplier<AsOfAnswers> answers;

    public AsOfQueryGateway(QueryGateway bus, Supplier<AsOfAnswers> answers) {
        this.bus = bus;
        this.answers = answers;
    }

    @Override
    public <R, Q> CompletableFuture<R> query(String queryName, Q query, ResponseType<R> responseType) {
        AsOfRequest request = AsOfRequest.current().orElse(null);
        if (request == null) {
            return bus.query(queryName, query, responseType);
        }
        try {
            AsOfAnswers.Answer<R> answer = answers.get().answer(queryName, query, responseType, request.asOf());
            request.answered(answer.position(), answer.instant());
            return CompletableFuture.completedFuture(answer.result());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public <R, Q> Publisher<R> streamingQuery(String queryName, Q query, Class<R> responseType) {
        refuseAsOf();
        return bus.streamingQuery(queryName, query, responseType);
    }

    @Override
    public <R, Q> Stream<R> scatterGather(String queryName, Q query, ResponseType<R> responseType, long timeout,
                                          TimeUnit timeUnit) {
        refuseAsOf();
        return bus.scatterGather(queryName, query, responseType, timeout, timeUnit);
    }

    @Override
    @SuppressWarnings("deprecation")
    public <Q, I, U> SubscriptionQueryResult<I, U> subscriptionQuery(String queryName, Q query,
                                                                     ResponseType<I> initialResponseType,
                                                                     ResponseType<U> updateResponseType,
                                                                     SubscriptionQueryBackpressure backpressure,
                                                                     int updateBufferSize) {
        refuseAsOf();
        return bus.subscriptionQuery(queryName, query, initialResponseType, updateResponseType, backpressure,
                updateBufferSize);
    }

    @Override
    public <Q, I, U> SubscriptionQueryResult<I, U> subscriptionQuery(String queryName, Q query,
                                                                     ResponseType<I> initialResponseType,
                                                                     ResponseType<U> updateResponseType,
                                                                     int updateBufferSize) {
        refuseAsOf();
        return bus.subscriptionQuery(queryName, query, initialResponseType, updateResponseType, updateBufferSize);
    }

    @Override
    public Registration registerDispatchInterceptor(
            MessageDispatchInterceptor<? super QueryMessage<?, ?>> dispatchInterceptor) {
        return bus.registerDispatchInterceptor(dispatchInterceptor);
    }

    private static void refuseAsOf() {
        if (AsOfRequest.current().isPresent()) {
            throw new AsOfRefused(AsOfRefused.NOT_SUPPORTED, "streaming, scatter-gather and subscription queries"
                    + " cannot be answered as of an earlier point");
        }
    }
}
