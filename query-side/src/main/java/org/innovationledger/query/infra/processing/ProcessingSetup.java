package org.innovationledger.query.infra.processing;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;

import java.time.Clock;

/** The segment balancer, on unless {@code ledger.processing.balance.enabled=false}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProcessingSettings.class)
class ProcessingSetup {

    @Bean
    @ConditionalOnProperty(name = "ledger.processing.balance.enabled", havingValue = "true", matchIfMissing = true)
    SegmentBalancer segmentBalancer(EventProcessingConfiguration processing, TokenStore tokenStore,
                                    MongoDatabaseFactory mongo, ProcessingSettings settings,
                                    MeterRegistry meters) {
        // the configured database, next to the tokens (this runs outside any generation's routing)
        ProcessingInstances instances = new ProcessingInstances(
                mongo.getMongoDatabase().getCollection(ProcessingInstances.COLLECTION));
        return new SegmentBalancer(processing, tokenStore, instances, settings.balance().interval(),
                Clock.systemUTC(), meters);
    }
}
