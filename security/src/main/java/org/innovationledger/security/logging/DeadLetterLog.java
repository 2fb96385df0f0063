package org.innovationledger.security.logging;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Axon's own enqueue policy (park the event, with its cause truncated), plus a WARN line: a processing group
 * with a dead-letter queue swallows its handlers' failures, so this is the only line that says one happened.
 * It runs while the event is being handled, so the line carries the event's log context.
 */
class DeadLetterLog implements EnqueuePolicy<EventMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterLog.class);

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        String group = MDC.get(LogFields.PROCESSING_GROUP);
        log.warn("event {} parked in the dead-letter queue of {}: {}", MessageLogContext.typeOf(letter.message()),
                group == null ? "its processing group" : group, cause.getClass().getName());
        return Decisions.enqueue(ThrowableCause.truncated(cause));
    }
}
