package org.innovationledger.command.infra;

import org.innovationledger.security.EndpointAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.innovationledger.kernel.common.LedgerRole.ADMIN;
import static org.innovationledger.kernel.common.LedgerRole.PORTFOLIO_MANAGER;
import static org.springframework.http.HttpMethod.POST;

/**
 * Who may send which command. Portfolio managers run the portfolio; admins own the process models and, with
 * the managers, the organisation's structure. Auditors and integrations never write. The tenant a command acts
 * for is the caller's: aggregates refuse other tenants' streams.
 */
@Configuration(proxyBeanMethods = false)
class CommandSideAccess {

    @Bean
    EndpointAccess commandEndpoints() {
        return rules -> rules
                .requestMatchers(POST, "/api/process-models", "/api/process-models/**").hasRole(ADMIN.name())
                .requestMatchers(POST, "/api/organisation-units", "/api/organisation-units/**")
                .hasAnyRole(PORTFOLIO_MANAGER.name(), ADMIN.name())
                .requestMatchers(POST, "/api/needs", "/api/needs/**", "/api/initiatives", "/api/initiatives/**",
                        "/api/missions", "/api/missions/**", "/api/partners", "/api/partners/**",
                        "/api/agreements", "/api/agreements/**", "/api/value-models", "/api/value-models/**",
                        "/api/funding-calls", "/api/funding-calls/**", "/api/indicators", "/api/indicators/**",
                        "/api/reporting-periods", "/api/reporting-periods/**", "/api/innovation-accounts/**")
                .hasRole(PORTFOLIO_MANAGER.name());
    }
}
