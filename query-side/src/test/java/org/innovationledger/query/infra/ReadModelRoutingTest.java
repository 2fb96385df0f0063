package org.innovationledger.query.infra;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** A thread pointed at another database reads and writes there, and only while pointed; other threads do not. */
class ReadModelRoutingTest {

    private MongoServer server;
    private MongoClient client;
    private MongoTemplate mongo;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://" + hostAndPort(server.bind()));
        mongo = new MongoTemplate(new RoutingMongoDatabaseFactory(client, "live"));
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdown();
    }

    @Test
    void workInAnotherDatabaseStaysThere() throws Exception {
        mongo.insert(new Document("_id", "a"), "things");
        MongoDatabase next = client.getDatabase("next");
        long seenInside = ReadModelRouting.in(next, () -> {
            mongo.insert(new Document("_id", "b"), "things");
            return mongo.getCollection("things").countDocuments();
        });
        assertThat(seenInside).as("only what was written while pointed").isEqualTo(1);
        assertThat(mongo.getCollection("things").find().map(d -> d.getString("_id")).into(new java.util.ArrayList<>()))
                .containsExactly("a");
        assertThat(next.getCollection("things").countDocuments()).isEqualTo(1);

        Thread other = new Thread(() -> ReadModelRouting.in(next, () -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        other.start();
        mongo.insert(new Document("_id", "c"), "things");
        other.join();
        assertThat(mongo.getCollection("things").countDocuments()).as("another thread's pointing is its own")
                .isEqualTo(2);
    }

    @Test
    void pointingNestsAndIsRestored() {
        MongoDatabase first = client.getDatabase("first");
        MongoDatabase second = client.getDatabase("second");
        ReadModelRouting.in(first, () -> {
            ReadModelRouting.in(second, () -> mongo.insert(new Document("_id", "x"), "things"));
            mongo.insert(new Document("_id", "y"), "things");
        });
        assertThat(second.getCollection("things").countDocuments()).isEqualTo(1);
        assertThat(first.getCollection("things").countDocuments()).isEqualTo(1);
        assertThat(ReadModelRouting.current()).isNull();
    }

    private static String hostAndPort(java.net.InetSocketAddress address) {
        return address.getHostString() + ":" + address.getPort();
    }
}
