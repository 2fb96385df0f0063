package org.innovationledger.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Each side states which role may call which of its endpoints, next to its controllers; the security
 * configuration applies them all and refuses whatever no rule grants. Rules name the HTTP method, so a side
 * never grants the other side's endpoints by accident.
 */
@FunctionalInterface
public interface EndpointAccess {

    void grant(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);
}
