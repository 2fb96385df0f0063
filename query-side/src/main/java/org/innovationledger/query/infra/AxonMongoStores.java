package org.innovationledger.query.infra;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoSequencedDeadLetterQueue;
import org.axonframework.extensions.mongo.eventhandling.saga.repository.MongoSagaStore;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.EventProcessorProperties;
import org.axonframework.springboot.util.DeadLetterQueueProviderConfigurerModule;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;

import java.time.Duration;

/**
 * Tracking tokens, sagas and dead letters in MongoDB, next to the read models (never the event store).
 * Declared here because a DataSource makes Axon register JDBC versions of all three, and the Mongo extension
 * has no Spring Boot starter that works without Mongo transactions.
 * <p>
 * A failing event handler never skips its event: the error propagates, and for processing groups with a dead
 * letter queue enabled the event and the rest of its sequence are parked there until redelivered.
 */
@Configuration(proxyBeanMethods = false)
class AxonMongoStores {

    @Bean
    MongoTemplate axonMongoTemplate(MongoDatabaseFactory factory) {
        return DefaultMongoTemplate.builder().mongoDatabase(factory.getMongoDatabase()).build();
    }

    @Bean
    TokenStore tokenStore(MongoTemplate axonMongoTemplate, Serializer serializer) {
        return MongoTokenStore.builder() // creates its indexes on build
                .mongoTemplate(axonMongoTemplate)
                .serializer(serializer)
                .claimTimeout(Duration.ofSeconds(10))
                .build();
    }

    @Bean
    SagaStore<Object> sagaStore(MongoTemplate axonMongoTemplate, Serializer serializer) {
        return MongoSagaStore.builder().mongoTemplate(axonMongoTemplate).serializer(serializer).build();
    }

    @Bean
    DeadLetterQueueProviderConfigurerModule deadLetterQueueProviderConfigurerModule(
            EventProcessorProperties properties, MongoTemplate axonMongoTemplate,
            @Qualifier("eventSerializer") Serializer eventSerializer) {
        return new DeadLetterQueueProviderConfigurerModule(properties,
                processingGroup -> config -> MongoSequencedDeadLetterQueue.builder()
                        .processingGroup(processingGroup)
                        .mongoTemplate(axonMongoTemplate)
                        .serializer(eventSerializer)
                        .transactionManager(NoTransactionManager.INSTANCE)
                        .build());
    }

    /**
     * Failures propagate (and park in the dead-letter queue) instead of being logged and skipped. And no
     * transaction manager for the processors: with one (Spring's JDBC one, present for the event store) a
     * tracking processor stores its token before running the handlers, and since tokens live in MongoDB, outside
     * that transaction, a crash in between skipped the event for good. Without one the token is stored after the
     * handlers, so a crash means redelivery, which the position-idempotent projections absorb.
     */
    @Bean
    ConfigurerModule propagateHandlerFailures() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                .registerDefaultTransactionManager(c -> NoTransactionManager.instance());
    }
}
