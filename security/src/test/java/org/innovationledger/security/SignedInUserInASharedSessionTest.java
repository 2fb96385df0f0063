package org.innovationledger.security;

import org.innovationledger.kernel.common.Caller;
import org.innovationledger.kernel.common.LedgerRole;
import org.innovationledger.kernel.common.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shared session store (ledger.sessions.store=mongodb) keeps the security context Java-serialized: a local user
 * signed in on one service must come back on another as the same caller, with role and tenant.
 */
class SignedInUserInASharedSessionTest {

    @Test
    void theSignedInLocalUserSurvivesSerialization() {
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode("secret");
        LocalUserDirectory users = new LocalUserDirectory(new LedgerSecurityProperties(Map.of("anna",
                new LedgerSecurityProperties.LocalUser(hash, LedgerRole.PORTFOLIO_MANAGER, "region-stockholm")),
                Map.of(), false, null, null, null, null, null));
        UserDetails anna = users.loadUserByUsername("anna");
        SecurityContextImpl signedIn = new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(anna, null, anna.getAuthorities()));

        Object stored = new DeserializingConverter(getClass().getClassLoader())
                .convert(new SerializingConverter().convert(signedIn));

        AuthenticatedCaller callers = new AuthenticatedCaller(null);
        assertThat(callers.of(((SecurityContextImpl) stored).getAuthentication()))
                .contains(new Caller("anna", LedgerRole.PORTFOLIO_MANAGER.name(), TenantId.of("region-stockholm")));
    }
}
