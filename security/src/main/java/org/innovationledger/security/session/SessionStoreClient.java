package org.innovationledger.security.session;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The shared session store's own connection to MongoDB. Deliberately not a {@link MongoClient} bean: the query side
 * has its own for the read models, and the command side none at all, and neither should find this one.
 */
final class SessionStoreClient implements AutoCloseable {

    static final String DEFAULT_DATABASE = "innovation_ledger";

    private final MongoClient client;
    private final String database;

    SessionStoreClient(String uri) {
        if (uri == null || uri.isBlank()) {
            throw new IllegalStateException("ledger.sessions.store=mongodb needs a MongoDB: set MONGODB_URI"
                    + " (ledger.sessions.mongo-uri)");
        }
        ConnectionString connection = new ConnectionString(uri);
        this.client = MongoClients.create(connection);
        this.database = connection.getDatabase() != null ? connection.getDatabase() : DEFAULT_DATABASE;
    }

    MongoTemplate template() {
        return new MongoTemplate(client, database);
    }

    @Override
    public void close() {
        client.close();
    }
}
