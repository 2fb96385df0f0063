package org.innovationledger.query.integration.amqp;

/**
 * An event the broker did not confirm (refused, not answered in time, or not reachable). Thrown out of the event
 * handler, it makes the {@code amqp-publisher} processor retry from this event instead of going on.
 */
public class AmqpPublishFailure extends RuntimeException {

    AmqpPublishFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
