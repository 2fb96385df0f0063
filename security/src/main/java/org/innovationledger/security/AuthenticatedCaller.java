package org.innovationledger.security;

import org.innovationledger.kernel.common.Caller;
import org.innovationledger.kernel.common.LedgerRole;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Optional;

/**
 * Who is calling, as authenticated for the current request: principal, role and tenant come from the local
 * user or the identity provider's token, never from anything the client sends in a header or a body.
 */
public class AuthenticatedCaller {

    private final JwtCallers jwtCallers;

    AuthenticatedCaller(JwtCallers jwtCallers) {
        this.jwtCallers = jwtCallers;
    }

    /** The authenticated caller with a ledger role, or empty (anonymous, or a token without role or tenant). */
    public Optional<Caller> current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    Optional<Caller> of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof LocalUserDirectory.Account account) {
            LocalUserDirectory.LedgerUser user = account.user();
            return Optional.of(new Caller(user.name(), user.role().name(), user.tenant()));
        }
        if (authentication instanceof JwtAuthenticationToken token) {
            return jwtCallers.caller(token.getToken(), token.getName());
        }
        return Optional.empty();
    }

    /**
     * How the current caller signed in, for the audit trail: {@code local-user}, or the issuer of the identity
     * provider's token (so a token's principal can never pass for a local user of the same name).
     */
    public Optional<String> authenticatedBy() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            return Optional.of(token.getToken().getIssuer() == null ? "identity-provider"
                    : token.getToken().getIssuer().toString());
        }
        return of(authentication).map(caller -> "local-user");
    }

    /** The caller's role, when it has one. */
    public Optional<LedgerRole> role() {
        return current().map(caller -> LedgerRole.valueOf(caller.role()));
    }
}
