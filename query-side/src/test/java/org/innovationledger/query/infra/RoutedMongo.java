package org.innovationledger.query.infra;

import com.mongodb.client.MongoClient;
import org.springframework.data.mongodb.core.MongoTemplate;

/** A MongoTemplate over the application's routing database factory, for tests outside this package. */
public final class RoutedMongo {

    private RoutedMongo() {
    }

    public static MongoTemplate template(MongoClient client, String database) {
        return new MongoTemplate(new RoutingMongoDatabaseFactory(client, database));
    }
}
