package org.innovationledger.security.session;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ledger.sessions.*}: where the web interface's login sessions live. Defaults are in
 * {@code ledger-security.yml}.
 *
 * @param store      {@code memory}: each instance keeps its own (the all-in-one, one instance); {@code mongodb}: all
 *                   instances share them in MongoDB, so a session the login form opened on one is honoured by all
 * @param mongoUri   the MongoDB of {@code mongodb} (its database, else {@code innovation_ledger})
 * @param collection the collection the sessions are kept in
 */
@ConfigurationProperties("ledger.sessions")
public record SessionStoreProperties(@DefaultValue("memory") Store store,
                                     String mongoUri,
                                     @DefaultValue("web_sessions") String collection) {

    /** Where sessions live. */
    public enum Store {
        MEMORY, MONGODB
    }
}
