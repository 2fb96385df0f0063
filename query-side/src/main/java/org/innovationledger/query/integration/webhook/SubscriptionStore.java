package org.innovationledger.query.integration.webhook;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
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
 * The webhook subscriptions, in the configured database (never a replay's or an as-of reconstruction's: the
 * collection is read once at start, on a thread no one has pointed elsewhere), with the lease by which one instance
 * at a time delivers to a subscription.
 */
@Component
public class SubscriptionStore {

    static final String COLLECTION = "webhook_subscriptions";
    private static final String SEEN = "seenByProcessor";

    private final MongoCollection<Document> subscriptions;

    SubscriptionStore(MongoDatabaseFactory factory) {
        this.subscriptions = factory.getMongoDatabase().getCollection(COLLECTION);
    }

    void insert(Subscription subscription) {
        subscriptions.insertOne(subscription.toDocument());
    }

    public Optional<Subscription> find(String id) {
        return Optional.ofNullable(subscriptions.find(Filters.eq("_id", id)).first()).map(Subscription::of);
    }

    /** Oldest first; every region's for {@code tenant} null. */
    List<Subscription> list(String tenant, boolean everyRegion) {
        Bson filter = everyRegion ? new Document() : Filters.eq("tenant", tenant);
        return subscriptions.find(filter).sort(Sorts.ascending("createdAt", "_id")).map(Subscription::of)
                .into(new ArrayList<>());
    }

    /**
     * Every subscription that may want an event of this tenant (the tenant's own and the global ones), and every
     * subscription the webhooks processor has not seen yet ({@link #markSeen}).
     */
    List<Interested> interestedIn(String tenant) {
        Bson global = Filters.eq("tenant", null);
        Bson unseen = Filters.ne(SEEN, true);
        return subscriptions.find(tenant == null ? Filters.or(global, unseen)
                        : Filters.or(Filters.eq("tenant", tenant), global, unseen))
                .map(document -> new Interested(Subscription.of(document), Boolean.TRUE.equals(document.get(SEEN))))
                .into(new ArrayList<>());
    }

    /** A subscription, and whether the webhooks processor has seen it before. */
    record Interested(Subscription subscription, boolean seen) {
    }

    /** Marks a subscription as seen by the webhooks processor (its catch-up is done). */
    void markSeen(String id) {
        subscriptions.updateOne(Filters.eq("_id", id), Updates.set(SEEN, true));
    }

    List<Subscription> active() {
        return subscriptions.find(Filters.eq("status", Subscription.Status.ACTIVE.name())).map(Subscription::of)
                .into(new ArrayList<>());
    }

    /** Stores what an owner may change (url, types, description, status, secret). */
    void update(Subscription subscription) {
        subscriptions.updateOne(Filters.eq("_id", subscription.id()), Updates.combine(
                Updates.set("url", subscription.url()), Updates.set("eventTypes", subscription.eventTypes()),
                Updates.set("description", subscription.description()),
                Updates.set("secret", subscription.secret().reveal()),
                Updates.set("status", subscription.status().name()),
                Updates.set("statusReason", subscription.statusReason()),
                Updates.set("updatedAt", Date.from(subscription.updatedAt()))));
    }

    boolean delete(String id) {
        return subscriptions.deleteOne(Filters.eq("_id", id)).getDeletedCount() == 1;
    }

    /** Suspends an active subscription (a dead letter blocks its queue); a paused one stays paused. */
    void suspend(String id, String reason, Instant now) {
        subscriptions.updateOne(Filters.and(Filters.eq("_id", id),
                        Filters.eq("status", Subscription.Status.ACTIVE.name())),
                Updates.combine(Updates.set("status", Subscription.Status.SUSPENDED.name()),
                        Updates.set("statusReason", reason), Updates.set("updatedAt", Date.from(now))));
    }

    /** A suspended subscription goes on (its dead letters were put back in the queue). */
    void resume(String id, Instant now) {
        subscriptions.updateOne(Filters.and(Filters.eq("_id", id),
                        Filters.eq("status", Subscription.Status.SUSPENDED.name())),
                Updates.combine(Updates.set("status", Subscription.Status.ACTIVE.name()),
                        Updates.set("statusReason", null), Updates.set("updatedAt", Date.from(now))));
    }

    /**
     * Takes (or renews) the right to deliver to an active subscription until {@code until}; false when another
     * instance holds it or the subscription is no longer active.
     */
    boolean claim(String id, String owner, Instant now, Instant until) {
        Bson free = Filters.or(Filters.eq("leaseUntil", null), Filters.lt("leaseUntil", Date.from(now)),
                Filters.eq("leaseOwner", owner));
        return subscriptions.findOneAndUpdate(Filters.and(Filters.eq("_id", id),
                        Filters.eq("status", Subscription.Status.ACTIVE.name()), free),
                Updates.combine(Updates.set("leaseOwner", owner), Updates.set("leaseUntil", Date.from(until)))) != null;
    }

    void release(String id, String owner) {
        subscriptions.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("leaseOwner", owner)),
                Updates.combine(Updates.set("leaseOwner", null), Updates.set("leaseUntil", null)));
    }
}
