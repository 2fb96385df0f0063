package org.innovationledger.query.integration.webhook;

import org.bson.Document;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * One event to deliver to one subscription: the CloudEvent ({@code body}), its place in the subscription's queue
 * ({@code order}: the order in which the webhooks processor saw the events), where it stands, and every attempt.
 * Its id, {@code <subscription>:<position>}, makes the outbox idempotent when the processor sees an event again.
 */
public record Delivery(String id, String subscriptionId, String tenant, long position, String eventId,
                       String eventType, long order, String body, Status status, int failedAttempts,
                       Instant nextAttemptAt, Instant createdAt, Instant deliveredAt, List<Attempt> attempts) {

    public enum Status {
        PENDING, DELIVERED,
        /** Failed every attempt; its subscription waits until an admin (or its owner) redelivers it. */
        DEAD
    }

    /** One HTTP call: when, the receiver's status code (null: no answer), a short error, how long it took. */
    public record Attempt(Instant at, Integer statusCode, String error, long durationMillis, boolean delivered) {

        Document toDocument() {
            return new Document("at", Date.from(at)).append("statusCode", statusCode).append("error", error)
                    .append("durationMillis", durationMillis).append("delivered", delivered);
        }

        static Attempt of(Document document) {
            return new Attempt(document.getDate("at").toInstant(), document.getInteger("statusCode"),
                    document.getString("error"), ((Number) document.get("durationMillis")).longValue(),
                    Boolean.TRUE.equals(document.getBoolean("delivered")));
        }
    }

    public static String idOf(String subscriptionId, long position) {
        return subscriptionId + ":" + position;
    }

    public Delivery {
        attempts = List.copyOf(attempts);
    }

    Document toDocument() {
        return new Document("_id", id).append("subscriptionId", subscriptionId).append("tenant", tenant)
                .append("position", position).append("eventId", eventId).append("eventType", eventType)
                .append("order", order).append("body", body).append("status", status.name())
                .append("failedAttempts", failedAttempts).append("nextAttemptAt", Date.from(nextAttemptAt))
                .append("createdAt", Date.from(createdAt)).append("deliveredAt", date(deliveredAt))
                .append("attempts", attempts.stream().map(Attempt::toDocument).toList());
    }

    @SuppressWarnings("unchecked")
    static Delivery of(Document document) {
        List<Document> attempts = (List<Document>) document.get("attempts", List.class);
        return new Delivery(document.getString("_id"), document.getString("subscriptionId"),
                document.getString("tenant"), ((Number) document.get("position")).longValue(),
                document.getString("eventId"), document.getString("eventType"),
                ((Number) document.get("order")).longValue(), document.getString("body"),
                Status.valueOf(document.getString("status")), document.getInteger("failedAttempts", 0),
                document.getDate("nextAttemptAt").toInstant(), document.getDate("createdAt").toInstant(),
                instant(document.getDate("deliveredAt")),
                attempts == null ? List.of() : attempts.stream().map(Attempt::of).toList());
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
