package org.innovationledger.query.integration.amqp;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.innovationledger.query.integration.cloudevent.CloudEventMapper;
import org.innovationledger.query.integration.cloudevent.LedgerCloudEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.amqp.AmqpConnectException;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Exchange;
import org.springframework.amqp.core.ExchangeTypes;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.ReturnedMessage;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** What counts as published and what makes the processor retry, against a broker played by mocks. */
class AmqpEventPublisherTest {

    private static final LedgerCloudEvent EVENT = new LedgerCloudEvent("e-1",
            "org.innovationledger.initiative.GateDecisionRecorded.v1", "GateDecisionRecorded", "init-1",
            "region-stockholm", 12, "{\"id\":\"e-1\"}");

    private final ConnectionFactory connections = mock(ConnectionFactory.class);
    private final RabbitTemplate rabbit = mock(RabbitTemplate.class);
    private final AmqpAdmin admin = mock(AmqpAdmin.class);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final List<String> sentTo = new ArrayList<>();
    /** How the broker answers the next send. */
    private Consumer<CorrelationData> broker = confirm -> confirm.getFuture().complete(new CorrelationData.Confirm(true, null));
    private AmqpEventPublisher publisher;

    @BeforeEach
    void broker() {
        when(rabbit.getConnectionFactory()).thenReturn(connections);
        when(connections.isPublisherConfirms()).thenReturn(true);
        when(connections.isPublisherReturns()).thenReturn(true);
        doAnswer(call -> {
            sentTo.add(call.getArgument(0) + " " + call.getArgument(1));
            broker.accept(call.getArgument(3));
            return null;
        }).when(rabbit).send(anyString(), anyString(), any(Message.class), any(CorrelationData.class));
        publisher = new AmqpEventPublisher(new CloudEventMapper(new ObjectMapper(), "urn:test"), rabbit, admin,
                new AmqpProperties(true, "ledger-test.events", Duration.ofMillis(200)), meters);
    }

    @Test
    void aConfirmedEventIsPublishedToTheDurableTopicExchangeDeclaredOnce() {
        publisher.publish(EVENT);
        publisher.publish(EVENT);

        assertThat(sentTo).containsExactly("ledger-test.events org.innovationledger.initiative.GateDecisionRecorded.v1",
                "ledger-test.events org.innovationledger.initiative.GateDecisionRecorded.v1");
        ArgumentCaptor<Exchange> declared = ArgumentCaptor.forClass(Exchange.class);
        verify(admin, times(1)).declareExchange(declared.capture());
        assertThat(declared.getValue().getName()).isEqualTo("ledger-test.events");
        assertThat(declared.getValue().getType()).isEqualTo(ExchangeTypes.TOPIC);
        assertThat(declared.getValue().isDurable()).isTrue();
        assertThat(declared.getValue().isAutoDelete()).isFalse();
        verify(rabbit).setMandatory(true);
        assertThat(meters.counter("ledger.amqp.published").count()).isEqualTo(2);
    }

    @Test
    void aNackFailsTheEventAndTheExchangeIsDeclaredAgainBeforeTheRetry() {
        broker = confirm -> confirm.getFuture().complete(new CorrelationData.Confirm(false, "disk alarm"));

        assertThatThrownBy(() -> publisher.publish(EVENT)).isInstanceOf(AmqpPublishFailure.class)
                .hasMessageContaining("e-1").hasMessageContaining("position 12").hasMessageContaining("disk alarm");
        assertThat(meters.counter("ledger.amqp.failures", "reason", "nack").count()).isEqualTo(1);
        assertThat(meters.counter("ledger.amqp.published").count()).isZero();

        broker = confirm -> confirm.getFuture().complete(new CorrelationData.Confirm(true, null));
        publisher.publish(EVENT);
        verify(admin, times(2)).declareExchange(any());
        assertThat(meters.counter("ledger.amqp.published").count()).isEqualTo(1);
    }

    @Test
    void noConfirmInTimeFailsTheEvent() {
        broker = confirm -> { };

        assertThatThrownBy(() -> publisher.publish(EVENT)).isInstanceOf(AmqpPublishFailure.class)
                .hasMessageContaining("not confirmed within PT0.2S");
        assertThat(meters.counter("ledger.amqp.failures", "reason", "timeout").count()).isEqualTo(1);
    }

    @Test
    void anUnreachableBrokerFailsTheEvent() {
        doThrow(new AmqpConnectException(new ConnectException("refused"))).when(admin).declareExchange(any());

        assertThatThrownBy(() -> publisher.publish(EVENT)).isInstanceOf(AmqpPublishFailure.class)
                .hasMessageContaining("not sent");
        assertThat(sentTo).isEmpty();
        assertThat(meters.counter("ledger.amqp.failures", "reason", "broker").count()).isEqualTo(1);
    }

    @Test
    void anEventNoQueueIsBoundForIsCountedNotRetried() {
        ArgumentCaptor<RabbitTemplate.ReturnsCallback> returns = ArgumentCaptor.forClass(RabbitTemplate.ReturnsCallback.class);
        verify(rabbit).setReturnsCallback(returns.capture());
        broker = confirm -> {
            returns.getValue().returnedMessage(new ReturnedMessage(CloudEventMessages.message(EVENT), 312, "NO_ROUTE",
                    "ledger-test.events", EVENT.type()));
            confirm.getFuture().complete(new CorrelationData.Confirm(true, null));
        };

        publisher.publish(EVENT);

        assertThat(meters.counter("ledger.amqp.unroutable").count()).isEqualTo(1);
        assertThat(meters.counter("ledger.amqp.published").count()).isEqualTo(1);
    }

    @Test
    void refusesAConnectionWithoutPublisherConfirms() {
        when(connections.isPublisherConfirms()).thenReturn(false);

        assertThatThrownBy(() -> new AmqpEventPublisher(new CloudEventMapper(new ObjectMapper(), "urn:test"), rabbit,
                admin, new AmqpProperties(true, "x", Duration.ofSeconds(1)), meters))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("spring.rabbitmq.publisher-confirm-type=correlated");
    }
}
