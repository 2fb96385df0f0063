package org.innovationledger.query.infra;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where read models, tracking tokens, sagas and dead letters live: the MongoDB at {@code MONGODB_URI}, or,
 * when none is given, an in-process MongoDB-wire server persisting to the data folder and listening on
 * loopback only. Either way the application talks to it through the real MongoDB driver.
 */
@Configuration(proxyBeanMethods = false)
class ReadModelStore {

    private static final Logger log = LoggerFactory.getLogger(ReadModelStore.class);

    /** Closed by the server's shutdown, never on its own (so no destroy method). */
    @Bean(destroyMethod = "")
    @ConditionalOnExpression("'${ledger.mongo.uri:}'.isBlank()")
    DurableH2Backend embeddedReadModelFile(@Value("${ledger.data-dir:./data}") String dataDir) throws IOException {
        Path folder = Path.of(dataDir).toAbsolutePath().normalize();
        Files.createDirectories(folder);
        return new DurableH2Backend(folder.resolve("readmodels.mv").toString());
    }

    @Bean(destroyMethod = "shutdown")
    @ConditionalOnExpression("'${ledger.mongo.uri:}'.isBlank()")
    MongoServer embeddedMongoServer(DurableH2Backend embeddedReadModelFile) {
        MongoServer server = new MongoServer(embeddedReadModelFile);
        server.bind("127.0.0.1", 0);
        log.info("Read models in the embedded MongoDB-wire server at {} ({})", server.getLocalAddress(),
                embeddedReadModelFile.getMvStore().getFileStore().getFileName());
        return server;
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(@Value("${ledger.mongo.uri:}") String uri, ObjectProvider<MongoServer> embedded) {
        if (uri.isBlank()) {
            return MongoClients.create(embedded.getObject().getConnectionString());
        }
        log.info("Read models in MongoDB at {}", new ConnectionString(uri).getHosts());
        return MongoClients.create(uri);
    }

    @Bean
    MongoDatabaseFactory mongoDatabaseFactory(MongoClient mongoClient,
                                              @Value("${ledger.mongo.uri:}") String uri,
                                              @Value("${ledger.mongo.database:innovation_ledger}") String database) {
        String fromUri = uri.isBlank() ? null : new ConnectionString(uri).getDatabase();
        return new RoutingMongoDatabaseFactory(mongoClient, fromUri != null ? fromUri : database);
    }
}
