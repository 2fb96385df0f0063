package org.innovationledger.query.infra;

import org.innovationledger.security.EndpointAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.innovationledger.kernel.common.LedgerRole.ADMIN;
import static org.innovationledger.kernel.common.LedgerRole.AUDITOR;
import static org.innovationledger.kernel.common.LedgerRole.INTEGRATION;
import static org.innovationledger.kernel.common.LedgerRole.PORTFOLIO_MANAGER;
import static org.springframework.http.HttpMethod.GET;

/**
 * Who may read what. Portfolio managers and auditors read their tenant's portfolio; admins also read the
 * process models and the organisation they maintain. Integrations read only the event feed, stream and schemas
 * and manage their webhook subscriptions (issue 8); no read model here is theirs.
 */
@Configuration(proxyBeanMethods = false)
class QuerySideAccess {

    @Bean
    EndpointAccess queryEndpoints() {
        return rules -> rules
                .requestMatchers(GET, "/api/process-models", "/api/process-models/**",
                        "/api/organisation-units", "/api/organisation-units/**")
                .hasAnyRole(PORTFOLIO_MANAGER.name(), AUDITOR.name(), ADMIN.name())
                .requestMatchers(GET, "/api/portfolio", "/api/initiatives/**", "/api/needs", "/api/needs/**",
                        "/api/missions", "/api/missions/**", "/api/gate-decisions", "/api/barriers/**",
                        "/api/partners", "/api/partners/**", "/api/agreements", "/api/agreements/**",
                        "/api/value-models", "/api/value-models/**", "/api/value-realisation", "/api/value-realisation/**",
                        "/api/funding-calls", "/api/funding-calls/**", "/api/funding-report", "/api/funding-report/**",
                        "/api/indicators", "/api/indicators/**", "/api/reporting-periods", "/api/reporting-periods/**",
                        "/api/indicator-report", "/api/indicator-report/**", "/api/innovation-accounts",
                        "/api/innovation-accounts/**")
                .hasAnyRole(PORTFOLIO_MANAGER.name(), AUDITOR.name())
                // the audit trail: the tenant's for managers and auditors, every tenant's for admins (issue 7)
                .requestMatchers(GET, "/api/audit/events", "/api/audit/events/**")
                .hasAnyRole(PORTFOLIO_MANAGER.name(), AUDITOR.name(), ADMIN.name())
                // tamper evidence and full exports are the auditors' (and the operators')
                .requestMatchers(GET, "/api/audit/chain", "/api/audit/chain/**", "/api/audit/export",
                        "/api/audit/export/**")
                .hasAnyRole(AUDITOR.name(), ADMIN.name())
                // the published events: feed, live stream and JSON Schemas (issue 8)
                .requestMatchers(GET, "/api/events", "/api/events/**")
                .hasAnyRole(INTEGRATION.name(), AUDITOR.name(), ADMIN.name())
                // an integration manages its own webhook subscriptions, an admin every region's
                .requestMatchers("/api/webhooks", "/api/webhooks/**").hasAnyRole(INTEGRATION.name(), ADMIN.name())
                .requestMatchers("/api/admin/webhooks", "/api/admin/webhooks/**").hasRole(ADMIN.name())
                // rebuilding read models is an operation
                .requestMatchers("/api/admin/replays", "/api/admin/replays/**").hasRole(ADMIN.name());
    }
}
