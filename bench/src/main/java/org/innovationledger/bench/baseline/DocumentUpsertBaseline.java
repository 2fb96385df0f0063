package org.innovationledger.bench.baseline;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

import java.util.List;

/**
 * The read-model store's own limit: single-document upserts (replaceOne with upsert) through the MongoDB driver
 * into the product's embedded MongoDB-wire server (DurableH2Backend: every write committed before it answers), in a
 * database of its own that is dropped afterwards. Half of the upserts insert, half replace, as projections do.
 * Documents are shaped like a portfolio entry (a dozen fields and a short list).
 */
public final class DocumentUpsertBaseline {

    private final MongoClient client;

    public DocumentUpsertBaseline(MongoClient client) {
        this.client = client;
    }

    public Rate measure(int upserts) {
        MongoDatabase database = client.getDatabase("bench_baseline");
        MongoCollection<Document> documents = database.getCollection("portfolio_entries");
        int distinct = Math.max(1, upserts / 2);
        ReplaceOptions upsert = new ReplaceOptions().upsert(true);
        long started = System.nanoTime();
        for (int i = 0; i < upserts; i++) {
            String id = "ini-baseline-" + (i % distinct);
            documents.replaceOne(Filters.eq("_id", id), document(id, i), upsert);
        }
        Rate rate = Rate.since(upserts, started);
        database.drop();
        return rate;
    }

    private static Document document(String id, int revision) {
        return new Document("_id", id)
                .append("tenant", "region-stockholm")
                .append("title", "Digitala vårdbesök i glesbygd")
                .append("unitId", "unit-region-stockholm-3")
                .append("unitName", "Geriatriska kliniken, sjukhus 1")
                .append("processModel", "generic-stage-gate@v1")
                .append("phase", revision % 2 == 0 ? "IDEA" : "PRE_STUDY")
                .append("stage", "EXPLORATION")
                .append("strategyArea", "Nära vård")
                .append("openBarriers", revision % 3)
                .append("decisions", revision % 5)
                .append("missions", List.of("mission-1", "mission-2"))
                .append("lastSequence", (long) revision)
                .append("position", (long) revision);
    }
}
