package org.innovationledger.command.infra;

import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.innovationledger.kernel.common.LedgerUpcasters;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Old event revisions read as current ones when aggregates load. The query side registers the same
 * upcasters; where both run in one JVM the second chain finds nothing left to do (each upcaster matches one
 * old revision only).
 */
@Configuration(proxyBeanMethods = false)
class CommandSideUpcasting {

    @Bean
    EventUpcasterChain commandSideUpcasters() {
        return new EventUpcasterChain(LedgerUpcasters.all());
    }
}
