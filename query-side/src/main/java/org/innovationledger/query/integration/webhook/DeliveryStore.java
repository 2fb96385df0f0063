package org.innovationledger.query.integration.webhook;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The outbox of webhook deliveries: what the webhooks processor queued, what the dispatcher sent, what failed every
 * attempt (dead letters). Each subscription's queue is read in {@code order}; the head is its oldest delivery that is
 * not delivered, so a dead letter holds up the rest of its subscription (and only that) until it is redelivered.
 */
@Component
public class DeliveryStore {

    static final String COLLECTION = "webhook_deliveries";
    static final String SEQUENCE = "webhook_sequence";
    private static final List<String> UNDELIVERED = List.of(Delivery.Status.PENDING.name(), Delivery.Status.DEAD.name());

    private final MongoCollection<Document> deliveries;
    private final MongoCollection<Document> sequence;

    DeliveryStore(MongoDatabaseFactory factory) {
        this.deliveries = factory.getMongoDatabase().getCollection(COLLECTION);
        this.sequence = factory.getMongoDatabase().getCollection(SEQUENCE);
        deliveries.createIndex(Indexes.ascending("subscriptionId", "order"));
        deliveries.createIndex(Indexes.ascending("status", "order"));
    }

    /** The next number in the order the webhooks processor sees events (one counter for every subscription). */
    long nextOrder() {
        Document counter = sequence.findOneAndUpdate(Filters.eq("_id", "order"), Updates.inc("value", 1L),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return ((Number) counter.get("value")).longValue();
    }

    /** Queues a delivery; false when it was queued before (the processor saw the event again). */
    boolean enqueue(Delivery delivery) {
        try {
            deliveries.insertOne(delivery.toDocument());
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    public Optional<Delivery> find(String id) {
        return Optional.ofNullable(deliveries.find(Filters.eq("_id", id)).first()).map(Delivery::of);
    }

    /** The subscription's oldest delivery not yet delivered (pending or dead), if any. */
    Optional<Delivery> head(String subscriptionId) {
        return Optional.ofNullable(deliveries.find(Filters.and(Filters.eq("subscriptionId", subscriptionId),
                        Filters.in("status", UNDELIVERED))).sort(Sorts.ascending("order")).limit(1).first())
                .map(Delivery::of);
    }

    void delivered(String id, Delivery.Attempt attempt) {
        deliveries.updateOne(Filters.eq("_id", id), Updates.combine(
                Updates.set("status", Delivery.Status.DELIVERED.name()), Updates.set("deliveredAt", Date.from(attempt.at())),
                Updates.push("attempts", attempt.toDocument())));
    }

    /** A failed attempt: tried again at {@code nextAttemptAt}, or a dead letter when {@code dead}. */
    void failed(String id, Delivery.Attempt attempt, int failedAttempts, Instant nextAttemptAt, boolean dead) {
        deliveries.updateOne(Filters.eq("_id", id), Updates.combine(
                Updates.set("status", (dead ? Delivery.Status.DEAD : Delivery.Status.PENDING).name()),
                Updates.set("failedAttempts", failedAttempts), Updates.set("nextAttemptAt", Date.from(nextAttemptAt)),
                Updates.push("attempts", attempt.toDocument())));
    }

    /** Puts a dead letter back at the head of its queue, due now, with a fresh set of attempts; false if not dead. */
    boolean requeue(String id, Instant now) {
        return deliveries.updateOne(Filters.and(Filters.eq("_id", id),
                        Filters.eq("status", Delivery.Status.DEAD.name())),
                Updates.combine(Updates.set("status", Delivery.Status.PENDING.name()), Updates.set("failedAttempts", 0),
                        Updates.set("nextAttemptAt", Date.from(now)))).getModifiedCount() == 1;
    }

    List<Delivery> dead(String subscriptionId) {
        Bson filter = Filters.eq("status", Delivery.Status.DEAD.name());
        if (subscriptionId != null) {
            filter = Filters.and(filter, Filters.eq("subscriptionId", subscriptionId));
        }
        return deliveries.find(filter).sort(Sorts.ascending("order")).map(Delivery::of).into(new ArrayList<>());
    }

    /**
     * A page of a subscription's delivery log: after {@code afterOrder} (exclusive, null for the start) oldest first,
     * or before it newest first.
     */
    List<Delivery> log(String subscriptionId, Long afterOrder, boolean newestFirst, int limit) {
        Bson filter = Filters.eq("subscriptionId", subscriptionId);
        if (afterOrder != null) {
            filter = Filters.and(filter, newestFirst ? Filters.lt("order", afterOrder) : Filters.gt("order", afterOrder));
        }
        return deliveries.find(filter).sort(newestFirst ? Sorts.descending("order") : Sorts.ascending("order"))
                .limit(limit).map(Delivery::of).into(new ArrayList<>());
    }

    long pending() {
        return deliveries.countDocuments(Filters.eq("status", Delivery.Status.PENDING.name()));
    }

    void deleteOf(String subscriptionId) {
        deliveries.deleteMany(Filters.eq("subscriptionId", subscriptionId));
    }
}
