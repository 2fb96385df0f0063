package org.innovationledger.query.ui.audit;

import org.innovationledger.security.WebPages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.innovationledger.kernel.common.LedgerRole.ADMIN;
import static org.innovationledger.kernel.common.LedgerRole.AUDITOR;
import static org.innovationledger.kernel.common.LedgerRole.PORTFOLIO_MANAGER;
import static org.springframework.http.HttpMethod.GET;

/**
 * Who may open the auditor view: whoever may read {@code /api/audit/events} (managers, auditors, admins). The chain
 * verification on it is shown only to the roles {@code /api/audit/chain/**} allows (auditors and admins).
 */
@Configuration(proxyBeanMethods = false)
class AuditPageAccess {

    @Bean
    WebPages auditorViewPages() {
        return rules -> rules
                .requestMatchers(GET, "/ui/audit", "/ui/audit/events/*")
                .hasAnyRole(PORTFOLIO_MANAGER.name(), AUDITOR.name(), ADMIN.name());
    }
}
