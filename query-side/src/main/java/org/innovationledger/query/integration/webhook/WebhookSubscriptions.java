package org.innovationledger.query.integration.webhook;

import org.innovationledger.kernel.common.Caller;
import org.innovationledger.kernel.common.LedgerRole;
import org.innovationledger.query.infra.NotFoundException;
import org.innovationledger.query.infra.PublishedEventTypes;
import org.innovationledger.query.integration.feed.EventFeed;
import org.innovationledger.query.integration.feed.FeedFilter;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * What callers may do with webhook subscriptions, checked before anything is stored: an integration sees and
 * changes only its own region's (others' are unknown to it: 404), an admin every region's and may create a global
 * one. Bad input is an {@link IllegalArgumentException} (400) and changes nothing.
 */
@Component
class WebhookSubscriptions {

    static final int MAX_URL = 2000;
    static final int MAX_DESCRIPTION = 500;

    private final SubscriptionStore subscriptions;
    private final DeliveryStore deliveries;
    private final PublishedEventTypes published;
    private final EventFeed feed;
    private final Clock clock = Clock.systemUTC();

    WebhookSubscriptions(SubscriptionStore subscriptions, DeliveryStore deliveries, PublishedEventTypes published,
                         EventFeed feed) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.published = published;
        this.feed = feed;
    }

    /**
     * A new subscription with its secret (the only time the secret is shown); {@code global}: every region's (the
     * controller lets only an admin ask for that).
     */
    Subscription create(Caller caller, boolean global, String url, Collection<String> eventTypes, String description,
                        String secret) {
        String validUrl = url(url);
        List<String> types = types(eventTypes);
        String validDescription = description(description);
        WebhookSecret validSecret = secret == null ? WebhookSecret.generate() : WebhookSecret.parse(secret);
        Instant now = clock.instant();
        // only events recorded from now on; the history is in the pull feed (GET /api/events)
        Subscription subscription = new Subscription("wh-" + UUID.randomUUID(),
                global ? null : caller.tenant().value(), validUrl, types, validDescription, validSecret,
                Subscription.Status.ACTIVE, null, caller.principal(), now, now, feed.head());
        subscriptions.insert(subscription);
        return subscription;
    }

    List<Subscription> list(Caller caller) {
        return subscriptions.list(caller.tenant().value(), isAdmin(caller));
    }

    /** The caller's subscription; another region's is as unknown as one that does not exist. */
    Subscription get(Caller caller, String id) {
        return subscriptions.find(id).filter(found -> found.visibleTo(caller.tenant().value(), isAdmin(caller)))
                .orElseThrow(() -> new NotFoundException("webhook subscription", id));
    }

    /**
     * Changes what is given (null: unchanged). Status ACTIVE or PAUSED; setting a suspended subscription ACTIVE puts
     * its dead letters back in its queue, as an admin's redelivery does.
     */
    Subscription update(Caller caller, String id, String url, Collection<String> eventTypes, String description,
                        String status) {
        Subscription current = get(caller, id);
        String newUrl = url == null ? current.url() : url(url);
        List<String> newTypes = eventTypes == null ? current.eventTypes() : types(eventTypes);
        String newDescription = description == null ? current.description() : description(description);
        Subscription.Status newStatus = status == null ? current.status() : status(status);
        boolean resuming = current.status() == Subscription.Status.SUSPENDED && newStatus == Subscription.Status.ACTIVE;
        Instant now = clock.instant();
        if (resuming) {
            deliveries.dead(id).forEach(dead -> deliveries.requeue(dead.id(), now));
        }
        Subscription changed = new Subscription(id, current.tenant(), newUrl, newTypes, newDescription,
                current.secret(), newStatus, newStatus == current.status() ? current.statusReason() : null,
                current.createdBy(), current.createdAt(), now, current.startPosition());
        subscriptions.update(changed);
        return changed;
    }

    /** A new secret (given, or generated), in force for the next attempt. */
    Subscription rotateSecret(Caller caller, String id, String secret) {
        Subscription current = get(caller, id);
        WebhookSecret newSecret = secret == null ? WebhookSecret.generate() : WebhookSecret.parse(secret);
        Subscription changed = new Subscription(id, current.tenant(), current.url(), current.eventTypes(),
                current.description(), newSecret, current.status(), current.statusReason(), current.createdBy(),
                current.createdAt(), clock.instant(), current.startPosition());
        subscriptions.update(changed);
        return changed;
    }

    /** Ends the subscription and drops its queue and delivery log. */
    void delete(Caller caller, String id) {
        get(caller, id);
        subscriptions.delete(id);
        deliveries.deleteOf(id);
    }

    /**
     * Puts a dead letter back at the head of its subscription's queue, due now; the subscription goes on (in order)
     * once none of its deliveries is dead any more.
     */
    Delivery redeliver(String deliveryId) {
        Delivery dead = deliveries.find(deliveryId).filter(found -> found.status() == Delivery.Status.DEAD)
                .orElseThrow(() -> new NotFoundException("dead letter", deliveryId));
        Instant now = clock.instant();
        deliveries.requeue(dead.id(), now);
        if (deliveries.dead(dead.subscriptionId()).isEmpty()) {
            subscriptions.resume(dead.subscriptionId(), now);
        }
        return deliveries.find(deliveryId).orElseThrow();
    }

    static boolean isAdmin(Caller caller) {
        return LedgerRole.ADMIN.name().equals(caller.role());
    }

    static String url(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("url is required: the receiver's absolute http or https URL");
        }
        String value = text.strip();
        if (value.length() > MAX_URL) {
            throw new IllegalArgumentException("url is longer than " + MAX_URL + " characters");
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("url is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException("url must be an absolute http or https URL with a host, e.g."
                    + " https://receiver.example.org/ledger-events");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("url must not carry credentials: the deliveries are signed instead");
        }
        if (uri.getRawFragment() != null) {
            throw new IllegalArgumentException("url must not have a fragment (#...)");
        }
        return value;
    }

    private List<String> types(Collection<String> eventTypes) {
        // the feed's own rule: simple names or CloudEvents types, unknown ones refused with the list of known ones
        return List.copyOf(FeedFilter.of(null, eventTypes, published).eventNames().stream().sorted().toList());
    }

    private static String description(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() > MAX_DESCRIPTION) {
            throw new IllegalArgumentException("description is longer than " + MAX_DESCRIPTION + " characters");
        }
        return text.strip();
    }

    private static Subscription.Status status(String text) {
        if ("ACTIVE".equals(text)) {
            return Subscription.Status.ACTIVE;
        }
        if ("PAUSED".equals(text)) {
            return Subscription.Status.PAUSED;
        }
        throw new IllegalArgumentException("status must be ACTIVE or PAUSED (SUSPENDED is the ledger's, after a"
                + " delivery failed every attempt), got: " + text);
    }
}
