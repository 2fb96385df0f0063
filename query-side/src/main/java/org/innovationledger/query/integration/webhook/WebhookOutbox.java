package org.innovationledger.query.integration.webhook;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.innovationledger.query.infra.EventPosition;
import org.innovationledger.query.infra.replay.DeliveryProcessingGroup;
import org.innovationledger.query.integration.cloudevent.CloudEventMapper;
import org.innovationledger.query.integration.cloudevent.LedgerCloudEvent;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The webhooks processor's one handler: for every event, a delivery for each subscription that wants it (its
 * region, its types, recorded after it was created), in the order this processor sees the events. It never calls a
 * receiver ({@link WebhookDispatcher} does), so a slow or dead receiver holds up nothing but its own subscription's
 * queue. A failure here (MongoDB gone) propagates: the processor backs off and handles the event again, and the
 * deliveries' ids make that harmless.
 */
@Component
@ProcessingGroup(WebhookOutbox.GROUP)
class WebhookOutbox implements DeliveryProcessingGroup {

    static final String GROUP = "webhooks";

    private final SubscriptionStore subscriptions;
    private final DeliveryStore deliveries;
    private final CloudEventMapper cloudEvents;
    private final Clock clock = Clock.systemUTC();

    WebhookOutbox(SubscriptionStore subscriptions, DeliveryStore deliveries, CloudEventMapper cloudEvents) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.cloudEvents = cloudEvents;
    }

    @Override
    public String processingGroup() {
        return GROUP;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> event, TrackingToken token) {
        long position = EventPosition.of(token);
        Object tenant = event.getMetaData().get(LedgerMetadata.TENANT);
        List<Subscription> wanting = subscriptions.interestedIn(tenant == null ? null : tenant.toString()).stream()
                .filter(subscription -> position > subscription.startPosition())
                .filter(subscription -> subscription.filter().matches(event))
                .toList();
        if (wanting.isEmpty()) {
            return;
        }
        LedgerCloudEvent cloudEvent = cloudEvents.map(event, position);
        long order = deliveries.nextOrder();
        Instant now = clock.instant();
        for (Subscription subscription : wanting) {
            deliveries.enqueue(new Delivery(Delivery.idOf(subscription.id(), position), subscription.id(),
                    subscription.tenant(), position, cloudEvent.id(), cloudEvent.type(), order, cloudEvent.json(),
                    Delivery.Status.PENDING, 0, now, now, null, List.of()));
        }
    }
}
