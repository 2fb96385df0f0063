package org.innovationledger.query.audit.chain;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.MongoDatabaseFactory;

import javax.sql.DataSource;
import java.time.Clock;

/**
 * The chain exists where the events are in a JDBC table this service can read: the all-in-one service and the
 * query service on PostgreSQL. With Axon Server there is no such table (and no DataSource).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ChainProperties.class)
class AuditChainSetup {

    @Bean
    EventChain eventChain(ObjectProvider<DataSource> dataSource, MongoDatabaseFactory mongo,
                          ChainProperties properties, Clock clock, Environment environment) {
        boolean axonServer = environment.getProperty("axon.axonserver.enabled", Boolean.class, false);
        DataSource events = axonServer ? null : dataSource.getIfAvailable();
        return new EventChain(events == null ? null : new EventTable(events), new ChainStore(mongo::getMongoDatabase),
                properties, clock);
    }
}
