package org.innovationledger.command.idempotency;

import org.innovationledger.security.AuthenticatedCaller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;

/** Idempotency keys live next to the events when there is a database, else in memory (Axon Server setup). */
@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyConfiguration.class);

    @Bean
    IdempotencyStore idempotencyStore(ObjectProvider<DataSource> dataSource,
                                      @Value("${ledger.idempotency.lease:60s}") Duration lease,
                                      @Value("${ledger.idempotency.retention:24h}") Duration retention) {
        DataSource database = dataSource.getIfAvailable();
        if (database == null) {
            log.warn("No database for idempotency keys: kept in memory, per instance and until restart");
            return new InMemoryIdempotencyStore(Clock.systemUTC(), lease);
        }
        return new JdbcIdempotencyStore(database, Clock.systemUTC(), lease, retention);
    }

    /** After Spring Security (order -100), so the caller is known; only the API. */
    @Bean
    FilterRegistrationBean<IdempotencyKeys> idempotencyKeys(IdempotencyStore store, AuthenticatedCaller callers) {
        FilterRegistrationBean<IdempotencyKeys> registration =
                new FilterRegistrationBean<>(new IdempotencyKeys(store, callers));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(0);
        return registration;
    }
}
