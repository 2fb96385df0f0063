package org.innovationledger.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.innovationledger.kernel.common.LedgerRole;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/** Who am I, the admin's list of local users, and the page a browser lands on after signing in. */
@RestController
@Tag(name = "Security", description = "The caller's identity and the local users")
class CallerEndpoints {

    private static final String[] ANY_ROLE = Stream.of(LedgerRole.values()).map(Enum::name).toArray(String[]::new);

    private final AuthenticatedCaller callers;
    private final LocalUserDirectory users;

    CallerEndpoints(AuthenticatedCaller callers, LocalUserDirectory users) {
        this.callers = callers;
        this.users = users;
    }

    @Bean
    static EndpointAccess callerEndpointAccess() {
        return rules -> rules
                .requestMatchers(HttpMethod.GET, "/api/me").hasAnyRole(ANY_ROLE)
                .requestMatchers(HttpMethod.GET, "/api/admin/users").hasRole(LedgerRole.ADMIN.name());
    }

    record Me(String principal, String role, String tenant, String authenticatedBy) {
    }

    @GetMapping("/api/me")
    @Operation(summary = "Who the ledger takes you for: the principal, role and tenant written into your events")
    Me me(Authentication authentication) {
        return callers.of(authentication)
                .map(c -> new Me(c.principal(), c.role(), c.tenant().value(), method(authentication)))
                .orElseThrow();
    }

    private static String method(Authentication authentication) {
        return authentication instanceof JwtAuthenticationToken ? "identity-provider" : "local-user";
    }

    record LocalUserView(String name, String role, String tenant, boolean demo) {
    }

    @GetMapping("/api/admin/users")
    @Operation(summary = "The local users from configuration (never their password hashes)",
            description = "Users of the identity provider are managed there; see the README's security section.")
    List<LocalUserView> localUsers() {
        Collection<LocalUserDirectory.LedgerUser> all = users.all();
        return all.stream().map(u -> new LocalUserView(u.name(), u.role().name(), u.tenant().value(), u.demo()))
                .toList();
    }

    /** Where the login form leads until the web interface (issue 9) takes over this address. */
    @GetMapping(value = "/", produces = MediaType.TEXT_HTML_VALUE)
    String signedIn(Authentication authentication) {
        String who = callers.of(authentication)
                .map(c -> HtmlUtils.htmlEscape(c.principal() + " (" + c.role() + ", " + c.tenant() + ")"))
                .orElse(HtmlUtils.htmlEscape(authentication.getName()) + " (no ledger role)");
        return """
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Innovation Ledger</title></head>
                <body><main><h1>Innovation Ledger</h1><p>Signed in as %s.</p>
                <p><a href="/swagger-ui.html">API documentation</a> · <a href="/logout">Sign out</a></p>
                </main></body></html>""".formatted(who);
    }
}
