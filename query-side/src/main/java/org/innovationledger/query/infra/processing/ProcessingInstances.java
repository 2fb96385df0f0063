package org.innovationledger.query.infra.processing;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

import java.time.Instant;
import java.util.Date;

/**
 * The query-side instances sharing one read-model store, each known by its token-claim owner name and the time of
 * its last heartbeat ({@value #COLLECTION}, next to the tracking tokens). Not a read model: never replayed.
 */
class ProcessingInstances {

    static final String COLLECTION = "processing_instances";

    private final MongoCollection<Document> instances;

    ProcessingInstances(MongoCollection<Document> instances) {
        this.instances = instances;
    }

    void heartbeat(String node, Instant now) {
        instances.replaceOne(Filters.eq("_id", node), new Document("_id", node).append("heartbeat", Date.from(now)),
                new ReplaceOptions().upsert(true));
    }

    /** Instances that beat since {@code since}; this one counts even before its first heartbeat is stored. */
    int live(Instant since) {
        return (int) Math.max(1, instances.countDocuments(Filters.gte("heartbeat", Date.from(since))));
    }

    /** A stopping instance says goodbye, so the others stop counting it at once. */
    void leave(String node) {
        instances.deleteOne(Filters.eq("_id", node));
    }
}
