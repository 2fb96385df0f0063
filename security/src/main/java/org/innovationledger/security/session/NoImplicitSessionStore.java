package org.innovationledger.security.session;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;

/**
 * Leaves Spring Boot's own session auto-configuration out. It would move sessions into MongoDB by itself wherever
 * Spring Session's MongoDB module and a MongoTemplate meet (the query side has one for its read models), whatever
 * {@code ledger.sessions.store} says; {@link SharedSessions} decides instead.
 */
public final class NoImplicitSessionStore implements AutoConfigurationImportFilter {

    static final String BOOT_SESSIONS = "org.springframework.boot.autoconfigure.session.SessionAutoConfiguration";

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean[] keep = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < autoConfigurationClasses.length; i++) {
            keep[i] = !BOOT_SESSIONS.equals(autoConfigurationClasses[i]);
        }
        return keep;
    }
}
