package org.innovationledger.security;

import org.innovationledger.kernel.common.Caller;
import org.innovationledger.kernel.common.LedgerRole;
import org.innovationledger.kernel.common.TenantId;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Reads the ledger identity from an identity provider's token: the principal from the first configured claim
 * present, exactly one ledger role, and the tenant. A token without a usable role or tenant still authenticates
 * but carries no authority, so every ledger endpoint (also {@code /api/me}) answers 403.
 */
final class JwtCallers implements Converter<Jwt, AbstractAuthenticationToken> {

    private final LedgerSecurityProperties.Jwt claims;

    JwtCallers(LedgerSecurityProperties.Jwt claims) {
        this.claims = claims;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String principal = principal(jwt);
        Optional<Caller> caller = caller(jwt, principal);
        return new JwtAuthenticationToken(jwt,
                caller.map(c -> List.of(new SimpleGrantedAuthority(LedgerRole.valueOf(c.role()).authority())))
                        .orElse(List.of()),
                principal);
    }

    /** The caller the token names, or empty when its role or tenant claim is missing or ambiguous. */
    Optional<Caller> caller(Jwt jwt, String principal) {
        Optional<LedgerRole> role = role(jwt.getClaim(claims.roleClaim()));
        Optional<TenantId> tenant = tenant(jwt.getClaimAsString(claims.tenantClaim()));
        if (role.isEmpty() || tenant.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Caller(principal, role.get().name(), tenant.get()));
    }

    String principal(Jwt jwt) {
        return claims.principalClaims().stream().map(jwt::getClaimAsString)
                .filter(value -> value != null && !value.isBlank()).findFirst()
                .orElse(jwt.getSubject() == null ? "unknown" : jwt.getSubject());
    }

    private static Optional<LedgerRole> role(Object claim) {
        List<String> values = claim instanceof Collection<?> many ? many.stream().map(String::valueOf).toList()
                : claim == null ? List.of() : List.of(String.valueOf(claim));
        List<LedgerRole> roles = values.stream().flatMap(value -> known(value).stream()).distinct().toList();
        return roles.size() == 1 ? Optional.of(roles.get(0)) : Optional.empty();
    }

    private static Optional<LedgerRole> known(String value) {
        try {
            return Optional.of(LedgerRole.valueOf(value.startsWith("ROLE_") ? value.substring(5) : value));
        } catch (IllegalArgumentException notALedgerRole) {
            return Optional.empty();
        }
    }

    private static Optional<TenantId> tenant(String claim) {
        try {
            return Optional.of(TenantId.of(claim));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
