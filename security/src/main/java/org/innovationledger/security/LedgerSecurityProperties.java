package org.innovationledger.security;

import org.innovationledger.kernel.common.LedgerRole;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.util.Map;

/**
 * {@code ledger.security.*}: local users, the JWT claims that carry role and tenant, and the limits on what a
 * client may send. Defaults are in {@code ledger-security.yml}.
 *
 * @param users             local users by user name; passwords only in a hashed form such as {@code {bcrypt}…}
 * @param demoUsers         the documented demo users (password = user name), used only when demoUsersEnabled
 * @param demoUsersEnabled  on while the demo is on ({@code ledger.demo})
 * @param credentialCache   how long a verified user name and password pair is remembered, so HTTP Basic does not
 *                          pay for a deliberately slow hash on every request
 * @param maxRequestBody    larger bodies are refused with 413 before anything reads them
 * @param failedSignIns     how many failed sign-ins one address may have within the window
 */
@ConfigurationProperties("ledger.security")
public record LedgerSecurityProperties(Map<String, LocalUser> users,
                                       Map<String, LocalUser> demoUsers,
                                       @DefaultValue("false") boolean demoUsersEnabled,
                                       @DefaultValue Jwt jwt,
                                       @DefaultValue RateLimit rateLimit,
                                       @DefaultValue("64KB") DataSize maxRequestBody,
                                       @DefaultValue("5m") Duration credentialCache,
                                       @DefaultValue FailedSignInLimit failedSignIns) {

    public LedgerSecurityProperties {
        users = users == null ? Map.of() : Map.copyOf(users);
        demoUsers = demoUsers == null ? Map.of() : Map.copyOf(demoUsers);
    }

    /** A user defined in configuration. */
    public record LocalUser(String password, LedgerRole role, String tenant) {
    }

    /**
     * Where the identity provider's token says who and for which region. The issuer itself is Spring's
     * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}.
     *
     * @param principalClaims claims tried in order for the principal written into events
     * @param roleClaim       a string or a list holding exactly one ledger role
     * @param tenantClaim     the region the caller acts for
     */
    public record Jwt(@DefaultValue({"preferred_username", "sub"}) java.util.List<String> principalClaims,
                      @DefaultValue("ledger_role") String roleClaim,
                      @DefaultValue("ledger_tenant") String tenantClaim) {
    }

    /** Password guessing: after {@code max} failures within {@code window}, sign-ins from that address wait. */
    public record FailedSignInLimit(@DefaultValue("20") int max, @DefaultValue("1m") Duration window) {
    }

    /**
     * A token bucket per client (authenticated principal, or address when anonymous).
     *
     * @param requestsPerSecond sustained rate
     * @param burst             requests allowed at once after a quiet spell
     */
    public record RateLimit(@DefaultValue("true") boolean enabled,
                            @DefaultValue("30") double requestsPerSecond,
                            @DefaultValue("300") int burst) {
    }
}
