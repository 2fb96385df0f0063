package org.innovationledger.query.infra;

import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.innovationledger.kernel.common.LedgerUpcasters;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Old event revisions read as current ones when projections read them. The command side registers the same
 * upcasters; where both run in one JVM the second chain finds nothing left to do (each upcaster matches one
 * old revision only).
 */
@Configuration(proxyBeanMethods = false)
class QuerySideUpcasting {

    @Bean
    EventUpcasterChain querySideUpcasters() {
        return new EventUpcasterChain(LedgerUpcasters.all());
    }
}
