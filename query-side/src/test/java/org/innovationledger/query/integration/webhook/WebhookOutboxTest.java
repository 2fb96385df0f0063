package org.innovationledger.query.integration.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.organisation.OrganisationUnitKind;
import org.innovationledger.kernel.organisation.OrganisationUnitRegistered;
import org.innovationledger.kernel.organisation.OrganisationUnitRenamed;
import org.innovationledger.query.integration.cloudevent.CloudEventMapper;
import org.innovationledger.query.integration.feed.EventFeed;
import org.innovationledger.query.integration.feed.FeedCursor;
import org.innovationledger.query.testsupport.EventLog;
import org.innovationledger.query.testsupport.InMemoryMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The outbox the webhooks processor writes: per subscription, the events of its region and types after its start,
 * in the order the processor sees them, once even when the processor sees an event again; and the events the
 * processor handled while the subscription was being stored are caught up ahead of the next one.
 */
class WebhookOutboxTest {

    @RegisterExtension
    static final InMemoryMongo MONGO = new InMemoryMongo();

    private static final TenantId STOCKHOLM = TenantId.of("region-stockholm");
    private static final TenantId SKANE = TenantId.of("region-skane");

    private final CloudEventMapper cloudEvents = new CloudEventMapper(new ObjectMapper(), "urn:test");
    private final EventFeed feed = mock(EventFeed.class);
    private final EventLog log = new EventLog(0);
    private SubscriptionStore subscriptions;
    private DeliveryStore deliveries;
    private WebhookOutbox outbox;

    @BeforeEach
    void stores() {
        subscriptions = new SubscriptionStore(MONGO.template().getMongoDatabaseFactory());
        deliveries = new DeliveryStore(MONGO.template().getMongoDatabaseFactory());
        outbox = new WebhookOutbox(subscriptions, deliveries, cloudEvents, feed);
    }

    @Test
    void queuesTheMatchingEventsAfterTheStartInProcessingOrderOnce() {
        TrackedEventMessage<?> before = unit("unit-0", STOCKHOLM);                 // position 0
        subscribe("wh-all", STOCKHOLM.value(), List.of(), 0);
        subscribe("wh-renames", STOCKHOLM.value(), List.of("OrganisationUnitRenamed"), 0);
        subscribe("wh-global", null, List.of(), 0);
        handle(before);
        TrackedEventMessage<?> first = unit("unit-1", STOCKHOLM);                  // 1
        TrackedEventMessage<?> skane = unit("unit-2", SKANE);                      // 2
        TrackedEventMessage<?> renamed = renamed("unit-1", STOCKHOLM);             // 3
        log.skip(1);
        TrackedEventMessage<?> late = unit("unit-5", STOCKHOLM);                   // 5
        // the processor sees 5 before 4 (4 committed late), and sees 3 again after a restart
        TrackedEventMessage<?> gapFilled = new EventLog(4).unitRegistered(new OrganisationUnitRegistered(
                OrganisationUnitId.of("unit-4"), STOCKHOLM, "unit-4", OrganisationUnitKind.CLINIC, null, null), "anna");
        for (TrackedEventMessage<?> event : List.of(first, skane, renamed, late, gapFilled, renamed)) {
            handle(event);
        }

        assertThat(queue("wh-all")).containsExactly(1L, 3L, 5L, 4L);
        assertThat(queue("wh-renames")).containsExactly(3L);
        assertThat(queue("wh-global")).containsExactly(1L, 2L, 3L, 5L, 4L);
        Delivery delivery = deliveries.find("wh-all:3").orElseThrow();
        assertThat(delivery.eventId()).isEqualTo(renamed.getIdentifier());
        assertThat(delivery.eventType()).isEqualTo("org.innovationledger.organisation.OrganisationUnitRenamed.v1");
        assertThat(delivery.body()).isEqualTo(cloudEvents.map(renamed, 3).json());
        assertThat(delivery.status()).isEqualTo(Delivery.Status.PENDING);
        assertThat(delivery.tenant()).isEqualTo(STOCKHOLM.value());
        verify(feed, never()).page(any(), any(), anyInt(), anyInt());
    }

    @Test
    void catchesUpTheEventsHandledWhileTheSubscriptionWasStored() {
        TrackedEventMessage<?> missed = unit("unit-0", STOCKHOLM);                 // 0, handled before the insert
        TrackedEventMessage<?> next = unit("unit-1", STOCKHOLM);                   // 1
        TrackedEventMessage<?> after = unit("unit-2", STOCKHOLM);                  // 2
        Subscription subscription = subscribe("wh-new", STOCKHOLM.value(), List.of(), -1);
        when(feed.page(eq(new FeedCursor(-1, Collections.emptySortedSet())), eq(subscription.filter()), anyInt(),
                anyInt())).thenReturn(new EventFeed.Page(List.of(
                new EventFeed.Item(cloudEvents.map(missed, 0), FeedCursor.parse("after", "0")),
                new EventFeed.Item(cloudEvents.map(next, 1), FeedCursor.parse("after", "1"))),
                FeedCursor.parse("after", "1"), 1, true));

        handle(next);
        handle(after);
        handle(next);

        assertThat(queue("wh-new")).as("the missed event first, then as handled, each once").containsExactly(0L, 1L, 2L);
        assertThat(deliveries.find("wh-new:0").orElseThrow().eventId()).isEqualTo(missed.getIdentifier());
    }

    private void handle(TrackedEventMessage<?> event) {
        outbox.on(event.getPayload(), event, event.trackingToken());
    }

    /** The positions queued for a subscription, in its delivery order. */
    private List<Long> queue(String subscriptionId) {
        return deliveries.log(subscriptionId, null, false, 100).stream().map(Delivery::position).toList();
    }

    private Subscription subscribe(String id, String tenant, List<String> types, long start) {
        Instant now = Instant.now();
        Subscription subscription = new Subscription(id, tenant, "https://receiver.example.org/" + id, types, null,
                WebhookSecret.generate(), Subscription.Status.ACTIVE, null, "integration", now, now, start);
        subscriptions.insert(subscription);
        return subscription;
    }

    private TrackedEventMessage<?> unit(String id, TenantId tenant) {
        return log.unitRegistered(new OrganisationUnitRegistered(OrganisationUnitId.of(id), tenant, id,
                OrganisationUnitKind.CLINIC, null, null), "anna");
    }

    private TrackedEventMessage<?> renamed(String id, TenantId tenant) {
        return log.unitRenamed(tenant, new OrganisationUnitRenamed(OrganisationUnitId.of(id), id, id + " (ny)",
                LocalDate.of(2024, 1, 1)), "anna");
    }
}
