package org.innovationledger.query.infra;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;

/** The configured database, unless the thread is pointed at another ({@link ReadModelRouting}). */
class RoutingMongoDatabaseFactory extends SimpleMongoClientDatabaseFactory {

    RoutingMongoDatabaseFactory(MongoClient client, String database) {
        super(client, database);
    }

    @Override
    public MongoDatabase getMongoDatabase() throws DataAccessException {
        MongoDatabase routed = ReadModelRouting.current();
        return routed != null ? routed : super.getMongoDatabase();
    }
}
