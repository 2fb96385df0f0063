package org.innovationledger.command.infra;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Where the JDBC event store lives by default: an H2 file in the data folder. */
@Configuration(proxyBeanMethods = false)
class EventStoreSetup {

    @Bean
    static EmbeddedEventStoreLocation embeddedEventStoreLocation(Environment environment) {
        return new EmbeddedEventStoreLocation(environment);
    }
}
