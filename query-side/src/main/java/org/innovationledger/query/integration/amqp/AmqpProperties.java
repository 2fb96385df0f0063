package org.innovationledger.query.integration.amqp;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code ledger.integration.amqp.*}: publishing the ledger's events to a RabbitMQ exchange. The broker itself
 * (host, port, user, password, virtual host, TLS) is Spring Boot's {@code spring.rabbitmq.*}.
 *
 * @param enabled        whether this instance publishes (off by default: no broker needed)
 * @param exchange       the durable topic exchange the events go to, declared by the publisher
 * @param confirmTimeout how long one event waits for the broker's publisher confirm before it counts as failed
 */
@ConfigurationProperties("ledger.integration.amqp")
public record AmqpProperties(@DefaultValue("false") boolean enabled,
                             @DefaultValue("innovation-ledger.events") String exchange,
                             @DefaultValue("10s") Duration confirmTimeout) {

    public AmqpProperties {
        if (exchange == null || exchange.isBlank()) {
            throw new IllegalArgumentException("ledger.integration.amqp.exchange must name an exchange");
        }
        if (confirmTimeout == null || confirmTimeout.isNegative() || confirmTimeout.isZero()) {
            throw new IllegalArgumentException("ledger.integration.amqp.confirm-timeout must be positive, got: "
                    + confirmTimeout);
        }
        exchange = exchange.strip();
    }
}
