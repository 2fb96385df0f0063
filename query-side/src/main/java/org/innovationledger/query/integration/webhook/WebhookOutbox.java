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
import org.innovationledger.query.integration.feed.EventFeed;
import org.innovationledger.query.integration.feed.FeedCursor;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
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
    private static final int CATCH_UP_PAGE = 1000;

    private final SubscriptionStore subscriptions;
    private final DeliveryStore deliveries;
    private final CloudEventMapper cloudEvents;
    private final EventFeed feed;
    private final Clock clock = Clock.systemUTC();

    WebhookOutbox(SubscriptionStore subscriptions, DeliveryStore deliveries, CloudEventMapper cloudEvents,
                  EventFeed feed) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.cloudEvents = cloudEvents;
        this.feed = feed;
    }

    @Override
    public String processingGroup() {
        return GROUP;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> event, TrackingToken token) {
        long position = EventPosition.of(token);
        Object tenant = event.getMetaData().get(LedgerMetadata.TENANT);
        List<SubscriptionStore.Interested> interested = subscriptions.interestedIn(
                tenant == null ? null : tenant.toString());
        interested.stream().filter(found -> !found.seen()).forEach(found -> catchUp(found.subscription(), position));
        List<Subscription> wanting = interested.stream().map(SubscriptionStore.Interested::subscription)
                .filter(subscription -> position > subscription.startPosition())
                .filter(subscription -> subscription.filter().matches(event))
                .toList();
        if (wanting.isEmpty()) {
            return;
        }
        LedgerCloudEvent cloudEvent = cloudEvents.map(event, position);
        long order = deliveries.nextOrder();
        wanting.forEach(subscription -> enqueue(subscription, cloudEvent, order));
    }

    /**
     * The first time this processor sees a subscription: queue the matching events after its start that the
     * processor handled before the subscription was stored (it was created as they were being handled), ahead of
     * the current one, so none is lost. Nearly always there are none.
     */
    private void catchUp(Subscription subscription, long current) {
        FeedCursor cursor = new FeedCursor(subscription.startPosition(), Collections.emptySortedSet());
        while (cursor.position() < current - 1) {
            EventFeed.Page page = feed.page(cursor, subscription.filter(), CATCH_UP_PAGE, CATCH_UP_PAGE);
            for (EventFeed.Item item : page.events()) {
                if (item.event().position() < current) {
                    enqueue(subscription, item.event(), deliveries.nextOrder());
                }
            }
            if (page.caughtUp() || page.next().position() <= cursor.position()) {
                break;
            }
            cursor = page.next();
        }
        // only now: if this fails half-way, the event is handled again and the catch-up with it (idempotently)
        subscriptions.markSeen(subscription.id());
    }

    private void enqueue(Subscription subscription, LedgerCloudEvent event, long order) {
        Instant now = clock.instant();
        deliveries.enqueue(new Delivery(Delivery.idOf(subscription.id(), event.position()), subscription.id(),
                subscription.tenant(), event.position(), event.id(), event.type(), order, event.json(),
                Delivery.Status.PENDING, 0, now, now, null, List.of()));
    }
}
