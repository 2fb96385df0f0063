package org.innovationledger.security.logging;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.Map;

/**
 * While a command, query or event is handled, every log line names it and who caused it: correlation and
 * causation id, principal, role and tenant from the message's metadata, its type and id, a domain event's
 * aggregate and, in an event processor, the processing group. The previous context is restored afterwards.
 * <p>
 * In an event processor it also says what became of the event: DEBUG when handled (one line per event and
 * group is too many for INFO), WARN when the handler failed (the type of the failure only: an exception's message
 * may quote the payload). Plain Axon and SLF4J, so every assembly registers the same class on its buses.
 */
public final class MessageLogContext implements MessageHandlerInterceptor<Message<?>> {

    private static final Logger log = LoggerFactory.getLogger(MessageLogContext.class);

    private final String processingGroup;

    private MessageLogContext(String processingGroup) {
        this.processingGroup = processingGroup;
    }

    /** For a command or query bus. */
    public static MessageLogContext onBus() {
        return new MessageLogContext(null);
    }

    /** For the event processor of a processing group. */
    public static MessageLogContext inProcessor(String processingGroup) {
        return new MessageLogContext(processingGroup);
    }

    @Override
    public Object handle(UnitOfWork<? extends Message<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Message<?> message = unitOfWork.getMessage();
        try (LogContext ignored = LogContext.of(fields(message))) {
            if (processingGroup == null) {
                return chain.proceed();
            }
            long started = System.nanoTime();
            try {
                Object result = chain.proceed();
                log.debug("event {} handled by {} in {} ms", typeOf(message), processingGroup, millisSince(started));
                return result;
            } catch (Exception | Error failure) {
                log.warn("event {} failed in {}: {}", typeOf(message), processingGroup, failure.getClass().getName());
                throw failure;
            }
        }
    }

    Map<String, String> fields(Message<?> message) {
        Map<String, String> fields = new HashMap<>();
        LogFields.FROM_METADATA.forEach(key -> fields.put(key, text(message.getMetaData().get(key))));
        fields.put(LogFields.MESSAGE_TYPE, typeOf(message));
        fields.put(LogFields.MESSAGE_ID, message.getIdentifier());
        fields.put(LogFields.AGGREGATE_ID, message instanceof DomainEventMessage<?> event
                ? event.getAggregateIdentifier() : null);
        fields.put(LogFields.PROCESSING_GROUP, processingGroup);
        return fields;
    }

    static String typeOf(Message<?> message) {
        return message.getPayloadType().getSimpleName();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
