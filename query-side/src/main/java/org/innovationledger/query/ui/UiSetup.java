package org.innovationledger.query.ui;

import jakarta.servlet.http.HttpServletRequest;
import org.innovationledger.security.WebLoginPage;
import org.innovationledger.security.WebPages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

import java.time.Duration;
import java.util.Locale;

import static org.innovationledger.kernel.common.LedgerRole.ADMIN;
import static org.innovationledger.kernel.common.LedgerRole.AUDITOR;
import static org.innovationledger.kernel.common.LedgerRole.PORTFOLIO_MANAGER;
import static org.springframework.http.HttpMethod.GET;

/**
 * The web interface: who may open which page (the same roles as the API the page reads: the portfolio is the
 * managers' and auditors', not the admins' nor the integrations'), and the reader's language.
 */
@Configuration(proxyBeanMethods = false)
class UiSetup implements WebMvcConfigurer {

    static final String LANGUAGE_COOKIE = "ledger-lang";

    @Bean
    WebPages webInterfacePages() {
        return rules -> rules
                // the start page sends each role to its own landing; an integration has none (403)
                .requestMatchers(GET, "/ui").hasAnyRole(PORTFOLIO_MANAGER.name(), AUDITOR.name(), ADMIN.name())
                .requestMatchers(GET, "/ui/portfolio").hasAnyRole(PORTFOLIO_MANAGER.name(), AUDITOR.name())
                .requestMatchers(GET, "/ui/admin").hasRole(ADMIN.name());
    }

    /** The login form is the interface's own page, in its layout and language. */
    @Bean
    WebLoginPage loginPage() {
        return new WebLoginPage() {
        };
    }

    /**
     * The language chosen with {@code ?lang=}, kept in a cookie for a year; Swedish before any choice and for a
     * cookie naming a language the interface does not speak.
     */
    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE) {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return Language.of(super.resolveLocale(request)).locale();
            }
        };
        resolver.setDefaultLocale(Language.DEFAULT.locale());
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageChoice()).addPathPatterns("/ui", "/ui/**", WebLoginPage.PATH);
    }
}
