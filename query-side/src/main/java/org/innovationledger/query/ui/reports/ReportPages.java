package org.innovationledger.query.ui.reports;

import jakarta.servlet.http.HttpServletResponse;
import org.innovationledger.query.initiative.QueryParams;
import org.innovationledger.query.ui.UiRequest;
import org.innovationledger.security.WebPages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.ui.Model;

import static org.innovationledger.kernel.common.LedgerRole.AUDITOR;
import static org.innovationledger.kernel.common.LedgerRole.PORTFOLIO_MANAGER;
import static org.springframework.http.HttpMethod.GET;

/**
 * The indicator and innovation-accounts pages: who may open them (the roles of the API they read,
 * {@code /api/indicator-report}, {@code /api/reporting-periods} and {@code /api/innovation-accounts/**}: portfolio
 * managers and auditors), and what they share.
 */
@Configuration(proxyBeanMethods = false)
class ReportPages {

    @Bean
    WebPages indicatorAndAccountsPages() {
        return rules -> rules
                .requestMatchers(GET, "/ui/indicators", "/ui/accounts")
                .hasAnyRole(PORTFOLIO_MANAGER.name(), AUDITOR.name());
    }

    /** A year as the API takes it: a whole number from 1000 to 9999 (else 400 with the reason). */
    static int year(String value) {
        int year = QueryParams.integer("year", value, 0);
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year must lie between 1000 and 9999, got: " + value);
        }
        return year;
    }

    /**
     * The page of that year, at the same point in history: the year is then in the address, so picking another point
     * in history (the layout's form carries the page's parameters) keeps the year read.
     */
    static String withYear(UiRequest ui, int year) {
        return "redirect:" + ui.filtered("year", year);
    }

    /** Nothing of that kind in the reader's region: 404, in the layout, with the rule the API would give. */
    static String notFound(HttpServletResponse response, Model model, String rule, String detail) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("rule", rule);
        model.addAttribute("detail", detail);
        return "ui/problem";
    }
}
