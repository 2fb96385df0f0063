package org.innovationledger.query.ui.initiative;

import org.innovationledger.security.WebPages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.innovationledger.kernel.common.LedgerRole.AUDITOR;
import static org.innovationledger.kernel.common.LedgerRole.PORTFOLIO_MANAGER;
import static org.springframework.http.HttpMethod.GET;

/**
 * Who may open the initiative pages: the same roles as the API they read and write. Managers and auditors read
 * initiatives and needs ({@code GET /api/initiatives/**}, {@code /api/needs/**}); only managers send the commands
 * the forms send ({@code POST /api/needs}, {@code /api/initiatives/**}), so only they open the forms.
 */
@Configuration(proxyBeanMethods = false)
class InitiativeUiSetup {

    @Bean
    WebPages initiativePages() {
        return rules -> rules
                // the forms first: /ui/initiatives/new would otherwise match the readers' pattern below
                .requestMatchers(GET, "/ui/initiatives/new", "/ui/needs/new").hasRole(PORTFOLIO_MANAGER.name())
                .requestMatchers(GET, "/ui/initiatives", "/ui/initiatives/*", "/ui/needs/*")
                .hasAnyRole(PORTFOLIO_MANAGER.name(), AUDITOR.name());
    }
}
