package org.innovationledger.query.integration.amqp;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.innovationledger.query.integration.cloudevent.CloudEventMapper;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The AMQP publisher, only with {@code ledger.integration.amqp.enabled=true}. It uses Spring Boot's connection
 * factory ({@code spring.rabbitmq.*}) through a template and an admin of its own, so nothing else in the application
 * touches the broker; nothing connects before the first event is published, so the service starts without it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "ledger.integration.amqp.enabled", havingValue = "true")
@EnableConfigurationProperties(AmqpProperties.class)
class AmqpPublishing {

    @Bean
    AmqpEventPublisher amqpEventPublisher(CloudEventMapper cloudEvents, ConnectionFactory connectionFactory,
                                          AmqpProperties properties, ObjectProvider<MeterRegistry> meters) {
        RabbitAdmin admin = new RabbitAdmin(connectionFactory);
        admin.setIgnoreDeclarationExceptions(false);
        return new AmqpEventPublisher(cloudEvents, new RabbitTemplate(connectionFactory), admin, properties,
                meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    /**
     * A failed publish propagates to the processor, which retries from that event after a back-off. (That is the
     * query side's default too; said here again because for this group the alternative, Axon's log-and-continue,
     * would lose events, and there is no dead-letter queue to park them in.)
     */
    @Bean
    ConfigurerModule amqpPublisherFailuresPropagate() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                AmqpEventPublisher.PROCESSING_GROUP, c -> PropagatingErrorHandler.instance());
    }
}
