package org.innovationledger.query.integration.webhook;

import org.bson.Document;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.query.integration.feed.FeedFilter;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;

/**
 * A webhook subscription: deliver the events of {@code tenant} (null: every region's, an admin's global
 * subscription) of {@code eventTypes} (empty: all) recorded after {@code startPosition} to {@code url}, signed with
 * {@code secret}. Configuration of delivery, not a ledger fact: kept in MongoDB, not as events.
 */
public record Subscription(String id, String tenant, String url, List<String> eventTypes, String description,
                           WebhookSecret secret, Status status, String statusReason, String createdBy,
                           Instant createdAt, Instant updatedAt, long startPosition) {

    public enum Status {
        /** Deliveries are sent. */
        ACTIVE,
        /** Paused by its owner: events keep queuing, nothing is sent until it is active again. */
        PAUSED,
        /** A delivery failed every attempt and is a dead letter; events keep queuing behind it until redelivered. */
        SUSPENDED
    }

    public Subscription {
        eventTypes = List.copyOf(eventTypes);
    }

    public FeedFilter filter() {
        return new FeedFilter(tenant == null ? null : new TenantId(tenant), Set.copyOf(eventTypes));
    }

    /** Whether a caller of this region (an admin: of any region) may see and change it. */
    public boolean visibleTo(String callerTenant, boolean admin) {
        return admin || (tenant != null && tenant.equals(callerTenant));
    }

    Document toDocument() {
        return new Document("_id", id).append("tenant", tenant).append("url", url).append("eventTypes", eventTypes)
                .append("description", description).append("secret", secret.reveal())
                .append("status", status.name()).append("statusReason", statusReason)
                .append("createdBy", createdBy).append("createdAt", Date.from(createdAt))
                .append("updatedAt", Date.from(updatedAt)).append("startPosition", startPosition)
                .append("leaseOwner", null).append("leaseUntil", null);
    }

    @SuppressWarnings("unchecked")
    static Subscription of(Document document) {
        return new Subscription(document.getString("_id"), document.getString("tenant"), document.getString("url"),
                (List<String>) document.get("eventTypes", List.class), document.getString("description"),
                WebhookSecret.parse(document.getString("secret")), Status.valueOf(document.getString("status")),
                document.getString("statusReason"), document.getString("createdBy"),
                document.getDate("createdAt").toInstant(), document.getDate("updatedAt").toInstant(),
                ((Number) document.get("startPosition")).longValue());
    }
}
