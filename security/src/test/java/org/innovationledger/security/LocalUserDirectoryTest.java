package org.innovationledger.security;

import org.innovationledger.kernel.common.LedgerRole;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalUserDirectoryTest {

    private static final String HASH = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode("secret");

    private static LedgerSecurityProperties properties(Map<String, LedgerSecurityProperties.LocalUser> users,
                                                       Map<String, LedgerSecurityProperties.LocalUser> demo,
                                                       boolean demoOn) {
        return new LedgerSecurityProperties(users, demo, demoOn, null, null, null, null, null);
    }

    private static LedgerSecurityProperties.LocalUser user(String password, LedgerRole role, String tenant) {
        return new LedgerSecurityProperties.LocalUser(password, role, tenant);
    }

    @Test
    void demoUsersExistOnlyWhileTheDemoIsOn() {
        Map<String, LedgerSecurityProperties.LocalUser> demo = Map.of("manager",
                user(HASH, LedgerRole.PORTFOLIO_MANAGER, "region-stockholm"));
        assertThat(new LocalUserDirectory(properties(Map.of(), demo, true)).loadUserByUsername("manager")
                .getAuthorities()).extracting(Object::toString).containsExactly("ROLE_PORTFOLIO_MANAGER");
        assertThatThrownBy(() -> new LocalUserDirectory(properties(Map.of(), demo, false))
                .loadUserByUsername("manager")).isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void aClearTextPasswordIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new LocalUserDirectory(properties(Map.of("eve",
                user("{noop}eve", LedgerRole.ADMIN, "region-stockholm")), Map.of(), false)))
                .hasMessageContaining("hashed password");
        assertThatThrownBy(() -> new LocalUserDirectory(properties(Map.of("eve",
                user("eve", LedgerRole.ADMIN, "region-stockholm")), Map.of(), false)))
                .hasMessageContaining("clear text is refused");
    }

    @Test
    void aUserNeedsARoleAndAValidTenant() {
        assertThatThrownBy(() -> new LocalUserDirectory(properties(Map.of("eve",
                user(HASH, null, "region-stockholm")), Map.of(), false))).hasMessageContaining("needs a role");
        assertThatThrownBy(() -> new LocalUserDirectory(properties(Map.of("eve",
                user(HASH, LedgerRole.AUDITOR, "Region Stockholm")), Map.of(), false))).hasMessageContaining("tenant");
    }

    @Test
    void theListNeverShowsPasswords() {
        LocalUserDirectory users = new LocalUserDirectory(properties(Map.of("ann",
                user(HASH, LedgerRole.AUDITOR, "region-skane")), Map.of(), false));
        assertThat(users.all()).singleElement().hasToString(
                "LedgerUser[name=ann, role=AUDITOR, tenant=region-skane, demo=false]");
    }
}
