package org.innovationledger.security;

import org.innovationledger.kernel.common.Caller;
import org.innovationledger.kernel.common.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class JwtCallersTest {

    private final JwtCallers callers = new JwtCallers(new LedgerSecurityProperties.Jwt(
            List.of("preferred_username", "sub"), "ledger_role", "ledger_tenant"));

    private static Jwt token(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256").subject("5f1c-uuid")
                .issuedAt(Instant.parse("2026-11-26T08:00:00Z")).expiresAt(Instant.parse("2026-11-26T09:00:00Z"));
        claims.forEach(builder::claim);
        return builder.build();
    }

    @Test
    void roleAndTenantFromTheirClaimsAndThePrincipalFromTheFirstClaimPresent() {
        Jwt jwt = token(Map.of("preferred_username", "karin.lund", "ledger_role", "AUDITOR",
                "ledger_tenant", "region-skane"));
        AbstractAuthenticationToken authentication = callers.convert(jwt);
        assertThat(authentication.getName()).isEqualTo("karin.lund");
        assertThat(authentication.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_AUDITOR");
        assertThat(callers.caller(jwt, "karin.lund"))
                .contains(new Caller("karin.lund", "AUDITOR", TenantId.of("region-skane")));
        assertThat(callers.principal(token(Map.of()))).as("falls back to sub").isEqualTo("5f1c-uuid");
    }

    @Test
    void aListWithExactlyOneLedgerRoleAmongOtherRolesIsAccepted() {
        Jwt jwt = token(Map.of("ledger_role", List.of("offline_access", "ROLE_PORTFOLIO_MANAGER"),
                "ledger_tenant", "region-stockholm"));
        assertThat(callers.convert(jwt).getAuthorities()).extracting(Object::toString)
                .containsExactly("ROLE_PORTFOLIO_MANAGER");
    }

    @Test
    void noOrSeveralLedgerRolesOrABadTenantGiveNoAuthority() {
        assertThat(callers.convert(token(Map.of("ledger_tenant", "region-stockholm"))).getAuthorities()).isEmpty();
        assertThat(callers.convert(token(Map.of("ledger_role", List.of("ADMIN", "AUDITOR"),
                "ledger_tenant", "region-stockholm"))).getAuthorities()).as("separation of duties").isEmpty();
        assertThat(callers.convert(token(Map.of("ledger_role", "ADMIN", "ledger_tenant", "Region Stockholm")))
                .getAuthorities()).isEmpty();
        assertThat(callers.convert(token(Map.of("ledger_role", "ADMIN"))).getAuthorities()).isEmpty();
    }
}
