package org.innovationledger.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * The web interface's pages under {@code /ui}: which role may open which, stated next to their controllers like
 * {@link EndpointAccess} for the API. The UI's filter chain (form login, session, CSRF) applies them and refuses
 * every page no rule grants, forwarding to {@link LedgerSecurityConfiguration#DENIED_PAGE}. An assembly with a
 * web interface also owns {@code /}, where the login form leads; one without it keeps a plain signed-in page.
 */
@FunctionalInterface
public interface WebPages {

    void grant(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);
}
