package org.innovationledger.query.integration.amqp;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.innovationledger.query.infra.EventPosition;
import org.innovationledger.query.integration.cloudevent.CloudEventMapper;
import org.innovationledger.query.integration.cloudevent.LedgerCloudEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.ReturnedMessage;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes every ledger event, in ledger order, to the topic exchange as a CloudEvent (see
 * {@link CloudEventMessages}), and waits for the broker's publisher confirm before the next one. A refused (nack),
 * unanswered (timeout) or unsendable event throws {@link AmqpPublishFailure}: the processor keeps its token before
 * that event and retries it with back-off, so nothing is skipped and nothing overtakes it. An event may reach the
 * broker twice (a confirm lost in a timeout, a crash between the confirm and the token update): at least once,
 * consumers dedupe on the message id (the CloudEvent id).
 * <p>
 * An event no queue is bound for is not a failure: on a topic exchange that is a subscriber choosing not to
 * listen. It is counted ({@code ledger.amqp.unroutable}); an alternate exchange on the broker keeps such events.
 * <p>
 * Runs in its own tracking processor ({@value #PROCESSING_GROUP}): a broker that is down holds up this processor
 * only, never a read model.
 */
@ProcessingGroup(AmqpEventPublisher.PROCESSING_GROUP)
public class AmqpEventPublisher {

    public static final String PROCESSING_GROUP = "amqp-publisher";
    private static final Logger log = LoggerFactory.getLogger(AmqpEventPublisher.class);

    private final CloudEventMapper cloudEvents;
    private final RabbitTemplate rabbit;
    private final AmqpAdmin admin;
    private final TopicExchange exchange;
    private final Duration confirmTimeout;
    private final MeterRegistry meters;
    private final Counter published;
    private final Counter unroutable;
    /** Declared on this connection; declared again after any failure (the broker may have restarted without it). */
    private volatile boolean declared;

    AmqpEventPublisher(CloudEventMapper cloudEvents, RabbitTemplate rabbit, AmqpAdmin admin,
                       AmqpProperties properties, MeterRegistry meters) {
        if (!rabbit.getConnectionFactory().isPublisherConfirms()) {
            throw new IllegalStateException("AMQP publishing waits for publisher confirms: set"
                    + " spring.rabbitmq.publisher-confirm-type=correlated");
        }
        this.cloudEvents = cloudEvents;
        this.rabbit = rabbit;
        this.admin = admin;
        this.exchange = new TopicExchange(properties.exchange(), true, false);
        this.confirmTimeout = properties.confirmTimeout();
        this.meters = meters;
        this.published = meters.counter("ledger.amqp.published");
        this.unroutable = meters.counter("ledger.amqp.unroutable");
        rabbit.setMandatory(rabbit.getConnectionFactory().isPublisherReturns());
        rabbit.setReturnsCallback(this::returned);
    }

    @EventHandler
    void on(EventMessage<?> event, TrackingToken token) {
        publish(cloudEvents.map(event, EventPosition.of(token)));
    }

    /** Sends the event and returns once the broker has confirmed it; throws {@link AmqpPublishFailure} otherwise. */
    void publish(LedgerCloudEvent event) {
        try {
            if (!declared) {
                admin.declareExchange(exchange);
                declared = true;
            }
            CorrelationData confirm = new CorrelationData(event.id());
            rabbit.send(exchange.getName(), CloudEventMessages.routingKey(event), CloudEventMessages.message(event),
                    confirm);
            CorrelationData.Confirm answer = confirm.getFuture().get(confirmTimeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!answer.isAck()) {
                throw failure("nack", event, "refused by the broker (" + answer.getReason() + ")", null);
            }
            published.increment();
        } catch (AmqpException | ExecutionException e) {
            throw failure("broker", event, "not sent: " + e.getMessage(), e);
        } catch (TimeoutException e) {
            throw failure("timeout", event, "not confirmed within " + confirmTimeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("interrupted", event, "interrupted while waiting for the confirm", e);
        }
    }

    private AmqpPublishFailure failure(String reason, LedgerCloudEvent event, String what, Throwable cause) {
        declared = false;
        meters.counter("ledger.amqp.failures", "reason", reason).increment();
        return new AmqpPublishFailure("event " + event.id() + " at position " + event.position() + " (" + event.type()
                + ") to exchange " + exchange.getName() + ": " + what, cause);
    }

    /** Runs before the confirm of the same message (the broker sends basic.return first). */
    private void returned(ReturnedMessage returned) {
        unroutable.increment();
        log.debug("No queue bound for {} on exchange {}: event {} went to nobody", returned.getRoutingKey(),
                returned.getExchange(), returned.getMessage().getMessageProperties().getMessageId());
    }
}
