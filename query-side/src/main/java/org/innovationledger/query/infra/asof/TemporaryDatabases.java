package org.innovationledger.query.infra.asof;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import java.util.ArrayList;
import java.util.List;

/**
 * Throw-away MongoDB databases for reconstructions: an in-memory MongoDB-wire server on loopback, started on first
 * use, with a new database per reconstruction, dropped when it is no longer needed. Never the live read models'
 * MongoDB: a reconstruction cannot touch them, and an external MongoDB gets no stray databases.
 */
public final class TemporaryDatabases implements AutoCloseable {

    private MongoServer server;
    private MongoClient client;
    private long created;

    /** A new, empty database. */
    public synchronized MongoDatabase create() {
        if (client == null) {
            server = new MongoServer(new MemoryBackend());
            server.bind("127.0.0.1", 0);
            client = MongoClients.create(server.getConnectionString());
        }
        return client.getDatabase("as-of-" + ++created);
    }

    public void drop(MongoDatabase database) {
        database.drop();
    }

    /** The names of the databases that exist now (those created and not dropped yet). */
    public synchronized List<String> existing() {
        return client == null ? List.of() : client.listDatabaseNames().into(new ArrayList<>());
    }

    @Override
    public synchronized void close() {
        if (client != null) {
            client.close();
            server.shutdownNow();
            client = null;
            server = null;
        }
    }
}
