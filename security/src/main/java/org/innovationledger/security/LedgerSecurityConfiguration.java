package org.innovationledger.security;

import org.innovationledger.kernel.common.LedgerRole;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

import java.time.Clock;
import java.util.List;

/**
 * Secures every assembly that has this jar: the API (everything but the UI's pages) is stateless and answers
 * with HTTP Basic against local users and, when an issuer is configured, with bearer JWTs; the UI has a login
 * form and sessions with CSRF protection. Health and the API docs are open; every other endpoint needs a role
 * that an {@link EndpointAccess} grants, else 403.
 */
@AutoConfiguration(before = {OAuth2ResourceServerAutoConfiguration.class, SecurityAutoConfiguration.class,
        UserDetailsServiceAutoConfiguration.class, ErrorMvcAutoConfiguration.class})
@EnableWebSecurity
@EnableConfigurationProperties(LedgerSecurityProperties.class)
@Import({CallerEndpoints.class, ProblemErrors.class, StrictJson.class, ApiDocsSecurity.class})
public class LedgerSecurityConfiguration {

    /**
     * The UI's pages and their assets: the web interface's under /ui, its libraries as WebJars, and the login form's
     * stylesheet (left to the API's chain, it drew a Basic challenge that made browsers ask for a password).
     */
    static final String[] UI_PAGES = {"/", "/login", "/logout", "/default-ui.css", "/ui/**", "/webjars/**",
            "/swagger-ui.html", "/swagger-ui/**"};
    /** Where a page the caller's role may not open is forwarded to, answered with 403 (the web interface's). */
    public static final String DENIED_PAGE = "/ui/denied";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    LocalUserDirectory localUserDirectory(LedgerSecurityProperties properties) {
        return new LocalUserDirectory(properties);
    }

    @Bean
    AuthenticationProvider localUsers(LocalUserDirectory users, PasswordEncoder encoder,
                                      LedgerSecurityProperties properties) {
        DaoAuthenticationProvider slow = new DaoAuthenticationProvider(users::loadUserByUsername);
        slow.setPasswordEncoder(encoder);
        return new VerifiedCredentials(slow, properties.credentialCache(), Clock.systemUTC());
    }

    @Bean
    JwtCallers jwtCallers(LedgerSecurityProperties properties) {
        return new JwtCallers(properties.jwt());
    }

    @Bean
    AuthenticatedCaller authenticatedCaller(JwtCallers jwtCallers) {
        return new AuthenticatedCaller(jwtCallers);
    }

    /** Ahead of everything, security included: an oversized body costs nothing but its headers. */
    @Bean
    FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(LedgerSecurityProperties properties) {
        FilterRegistrationBean<RequestBodyLimit> registration =
                new FilterRegistrationBean<>(new RequestBodyLimit(properties.maxRequestBody().toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FailedSignIns failedSignIns(LedgerSecurityProperties properties) {
        return new FailedSignIns(properties.failedSignIns().max(), properties.failedSignIns().window(),
                Clock.systemUTC());
    }

    /** Before security too: a blocked address does not even get its password checked. */
    @Bean
    FilterRegistrationBean<FailedSignIns> failedSignInsFilter(FailedSignIns failedSignIns) {
        FilterRegistrationBean<FailedSignIns> registration = new FilterRegistrationBean<>(failedSignIns);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /** Without a web interface, the login form leads to a plain page that says who signed in. */
    @Bean
    @ConditionalOnMissingBean(WebPages.class)
    SignedInPage signedInPage(AuthenticatedCaller callers) {
        return new SignedInPage(callers);
    }

    @Bean
    @Order(1)
    SecurityFilterChain uiPages(HttpSecurity http, List<WebPages> pages, ObjectProvider<WebLoginPage> loginPage)
            throws Exception {
        return http.securityMatcher(UI_PAGES)
                .authorizeHttpRequests(rules -> {
                    // the refusal page too: a form sent without its CSRF token is refused there, signed in or not
                    rules.requestMatchers("/login", "/default-ui.css", "/swagger-ui.html", "/swagger-ui/**",
                            "/webjars/**", "/ui/assets/**", DENIED_PAGE).permitAll();
                    rules.requestMatchers("/").authenticated();
                    pages.forEach(page -> page.grant(rules));
                    rules.anyRequest().denyAll();
                })
                .exceptionHandling(errors -> errors.accessDeniedPage(DENIED_PAGE))
                .formLogin(loginPage.getIfAvailable() == null ? Customizer.withDefaults()
                        : form -> form.loginPage(WebLoginPage.PATH))
                .logout(Customizer.withDefaults())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, List<EndpointAccess> access, ObjectProvider<JwtDecoder> jwtDecoder,
                            JwtCallers jwtCallers, LedgerSecurityProperties properties) throws Exception {
        boolean bearer = jwtDecoder.getIfAvailable() != null;
        ProblemEntryPoint entryPoint = new ProblemEntryPoint(bearer);
        // the web interface's session is honoured (never opened here), with its CSRF token; see ApiSessions
        http.csrf(csrf -> csrf.requireCsrfProtectionMatcher(ApiSessions.NEEDS_CSRF_TOKEN))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(entryPoint))
                .authorizeHttpRequests(rules -> {
                    rules.requestMatchers("/error").permitAll();
                    rules.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll();
                    rules.requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**").permitAll();
                    rules.requestMatchers("/actuator/**").hasRole(LedgerRole.ADMIN.name());
                    access.forEach(endpoints -> endpoints.grant(rules));
                    rules.anyRequest().denyAll();
                });
        if (bearer) {
            http.oauth2ResourceServer(resource -> resource
                    .jwt(jwt -> jwt.decoder(jwtDecoder.getObject()).jwtAuthenticationConverter(jwtCallers))
                    .authenticationEntryPoint(entryPoint)
                    .accessDeniedHandler(entryPoint));
        }
        if (properties.rateLimit().enabled()) {
            http.addFilterAfter(new RateLimit(properties.rateLimit(), Clock.systemUTC()),
                    AnonymousAuthenticationFilter.class);
        }
        return http.build();
    }
}
