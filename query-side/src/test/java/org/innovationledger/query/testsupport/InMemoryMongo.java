package org.innovationledger.query.testsupport;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The in-process MongoDB-wire server with an in-memory backend, reached through the real MongoDB driver and a
 * Spring Data {@link MongoTemplate}. One server per test class; the database is dropped before each test.
 * Register with {@code @RegisterExtension static final InMemoryMongo MONGO = new InMemoryMongo();}.
 */
public final class InMemoryMongo implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    private MongoServer server;
    private MongoClient client;
    private MongoTemplate template;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        client = MongoClients.create(server.getConnectionString());
        template = new MongoTemplate(client, "test-db");
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        template.getDb().drop();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.shutdownNow();
        }
    }

    public MongoTemplate template() {
        return template;
    }

    /** The raw BSON documents of the given collections, each sorted by _id: compare before/after. */
    public Map<String, List<Document>> snapshot(String... collections) {
        Map<String, List<Document>> all = new LinkedHashMap<>();
        for (String collection : collections) {
            all.put(collection, template.getCollection(collection).find()
                    .sort(new Document("_id", 1)).into(new ArrayList<>()));
        }
        return all;
    }

    public long count(String collection) {
        return template.getCollection(collection).countDocuments();
    }
}
