package org.innovationledger.query.integration.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/** What the webhook API answers: subscriptions (the secret only right after it was made) and deliveries. */
final class WebhookViews {

    private WebhookViews() {
    }

    record SubscriptionView(String id, String scope, String tenant, String url, List<String> eventTypes,
                            String description, Subscription.Status status, String statusReason, String createdBy,
                            Instant createdAt, Instant updatedAt, long startPosition,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String secret) {

        static SubscriptionView of(Subscription subscription) {
            return of(subscription, false);
        }

        static SubscriptionView of(Subscription subscription, boolean withSecret) {
            return new SubscriptionView(subscription.id(), subscription.tenant() == null ? "global" : "tenant",
                    subscription.tenant(), subscription.url(), subscription.eventTypes(), subscription.description(),
                    subscription.status(), subscription.statusReason(), subscription.createdBy(),
                    subscription.createdAt(), subscription.updatedAt(), subscription.startPosition(),
                    withSecret ? subscription.secret().reveal() : null);
        }
    }

    record DeliveryView(String id, String subscriptionId, String tenant, long order, long position, String eventId,
                        String eventType, Delivery.Status status, int failedAttempts, Instant nextAttemptAt,
                        Instant createdAt, Instant deliveredAt, List<Delivery.Attempt> attempts) {

        static DeliveryView of(Delivery delivery) {
            return new DeliveryView(delivery.id(), delivery.subscriptionId(), delivery.tenant(), delivery.order(),
                    delivery.position(), delivery.eventId(), delivery.eventType(), delivery.status(),
                    delivery.failedAttempts(), delivery.status() == Delivery.Status.PENDING
                    ? delivery.nextAttemptAt() : null, delivery.createdAt(), delivery.deliveredAt(),
                    delivery.attempts());
        }
    }

    /** A page of a delivery log; {@code next} is the cursor of the following page, null after the last. */
    record DeliveryPage(List<DeliveryView> deliveries, Long next) {
    }
}
