package org.innovationledger.security;

import org.innovationledger.kernel.common.LedgerRole;
import org.innovationledger.kernel.common.TenantId;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The users defined in configuration (and the demo users while the demo is on). Refuses at start-up a password
 * that is not hashed, so a clear-text password can never sit in a configuration file unnoticed.
 */
public final class LocalUserDirectory {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,63}");
    private static final List<String> HASHED = List.of("{bcrypt}", "{argon2", "{pbkdf2", "{scrypt}");

    /** A local user, as the authenticated principal (serializable: shared sessions store it). */
    public record LedgerUser(String name, LedgerRole role, TenantId tenant, boolean demo) implements Serializable {
    }

    private final Map<String, Entry> users = new TreeMap<>();

    private record Entry(LedgerUser user, String passwordHash) {
    }

    public LocalUserDirectory(LedgerSecurityProperties properties) {
        if (properties.demoUsersEnabled()) {
            properties.demoUsers().forEach((name, user) -> add(name, user, true));
        }
        properties.users().forEach((name, user) -> add(name, user, false));
    }

    private void add(String name, LedgerSecurityProperties.LocalUser user, boolean demo) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalStateException("ledger.security user name '" + name + "' must be lower case");
        }
        if (user.password() == null || HASHED.stream().noneMatch(user.password()::startsWith)) {
            throw new IllegalStateException("ledger.security user '" + name + "' needs a hashed password such as"
                    + " {bcrypt}$2a$10$...; clear text is refused");
        }
        if (user.role() == null) {
            throw new IllegalStateException("ledger.security user '" + name + "' needs a role: "
                    + List.of(LedgerRole.values()));
        }
        TenantId tenant;
        try {
            tenant = TenantId.of(user.tenant());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("ledger.security user '" + name + "': " + e.getMessage(), e);
        }
        users.put(name, new Entry(new LedgerUser(name, user.role(), tenant, demo), user.password()));
    }

    /** Spring Security's lookup; not a UserDetailsService bean, so only the caching provider uses it. */
    public UserDetails loadUserByUsername(String username) {
        Entry entry = users.get(username);
        if (entry == null) {
            throw new UsernameNotFoundException("no such user");
        }
        return new Account(entry.user(), entry.passwordHash());
    }

    /** Every local user, for the admin's list; never with the hash. */
    public Collection<LedgerUser> all() {
        return users.values().stream().map(Entry::user).toList();
    }

    /** Spring Security's view of a local user, carrying the ledger identity. */
    static final class Account extends User {

        @Serial
        private static final long serialVersionUID = 1L;
        private final LedgerUser user;

        Account(LedgerUser user, String passwordHash) {
            super(user.name(), passwordHash, List.of(new SimpleGrantedAuthority(user.role().authority())));
            this.user = user;
        }

        LedgerUser user() {
            return user;
        }
    }
}
