package org.innovationledger.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.innovationledger.kernel.common.LedgerRole;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/** Who am I, and the admin's list of local users. */
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
}
