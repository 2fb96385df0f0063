package org.innovationledger.query.integration.webhook;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.innovationledger.kernel.common.Caller;
import org.innovationledger.query.infra.RequestTenant;
import org.innovationledger.query.initiative.QueryParams;
import org.innovationledger.query.integration.webhook.WebhookViews.DeliveryPage;
import org.innovationledger.query.integration.webhook.WebhookViews.DeliveryView;
import org.innovationledger.query.integration.webhook.WebhookViews.SubscriptionView;
import org.innovationledger.security.AuthenticatedCaller;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/**
 * Webhook subscriptions, managed by the integration itself (its own region's) or an admin (every region's).
 * Deliveries are CloudEvents signed per Standard Webhooks 1.0; see the operations' descriptions.
 */
@RestController
@Tag(name = "Webhooks")
class WebhookController {

    static final String WEBHOOKS = "/api/webhooks";
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    record CreateSubscription(String url, List<String> eventTypes, String description, String secret, String scope) {
    }

    record ChangeSubscription(String url, List<String> eventTypes, String description, String status) {
    }

    record NewSecret(String secret) {
    }

    private final WebhookSubscriptions subscriptions;
    private final DeliveryStore deliveries;
    private final AuthenticatedCaller callers;
    private final RequestTenant tenant;

    WebhookController(WebhookSubscriptions subscriptions, DeliveryStore deliveries, AuthenticatedCaller callers,
                      RequestTenant tenant) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.callers = callers;
        this.tenant = tenant;
    }

    @PostMapping(WEBHOOKS)
    @Operation(summary = "Subscribe a receiver to the ledger's events",
            description = "Body: url (absolute http or https), eventTypes (simple names or CloudEvents types as in"
                    + " /api/events/schemas; empty or absent: all), description, secret (optional: whsec_ and the base64"
                    + " of 24 to 64 random bytes; generated when absent), scope (tenant, the default: the caller's"
                    + " region; global: every region's, admins only). Answers 201 with the subscription and, this once,"
                    + " its secret. Delivers the events recorded after it was created (startPosition); read the history"
                    + " with the pull feed GET /api/events?after=-1. Each delivery is a POST of one CloudEvent"
                    + " (Content-Type application/cloudevents+json) with the Standard Webhooks headers webhook-id (the"
                    + " event's id: the same on every retry, use it to drop duplicates), webhook-timestamp (unix seconds"
                    + " of the attempt) and webhook-signature (v1,<base64 HMAC-SHA256 over id.timestamp.body keyed with"
                    + " the secret's decoded bytes>). A 2xx answer delivers it; anything else is retried with"
                    + " exponential backoff, and after the last attempt the delivery is a dead letter and the"
                    + " subscription SUSPENDED, with later events queuing behind it in order.")
    ResponseEntity<SubscriptionView> create(@RequestBody CreateSubscription request, HttpServletRequest http) {
        boolean global = tenant.scoped(request.scope(), http, "events (a global subscription)") == null;
        Subscription created = subscriptions.create(caller(), global, request.url(), request.eventTypes(),
                request.description(), request.secret());
        return ResponseEntity.created(URI.create(WEBHOOKS + "/" + created.id()))
                .body(SubscriptionView.of(created, true));
    }

    @GetMapping(WEBHOOKS)
    @Operation(summary = "The caller's region's subscriptions (an admin's: every region's), oldest first; never"
            + " their secrets")
    List<SubscriptionView> list() {
        return subscriptions.list(caller()).stream().map(SubscriptionView::of).toList();
    }

    @GetMapping(WEBHOOKS + "/{id}")
    @Operation(summary = "One subscription (not its secret); another region's is a 404")
    SubscriptionView get(@PathVariable String id) {
        return SubscriptionView.of(subscriptions.get(caller(), id));
    }

    @PatchMapping(WEBHOOKS + "/{id}")
    @Operation(summary = "Change url, eventTypes, description or status (ACTIVE or PAUSED); absent fields stay",
            description = "PAUSED: events keep queuing, nothing is sent until ACTIVE again. Setting a SUSPENDED"
                    + " subscription ACTIVE puts its dead letters back at the head of its queue and goes on in order.")
    SubscriptionView change(@PathVariable String id, @RequestBody ChangeSubscription request) {
        return SubscriptionView.of(subscriptions.update(caller(), id, request.url(), request.eventTypes(),
                request.description(), request.status()));
    }

    @DeleteMapping(WEBHOOKS + "/{id}")
    @Operation(summary = "End a subscription; its queue and delivery log go with it")
    ResponseEntity<Void> delete(@PathVariable String id) {
        subscriptions.delete(caller(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(WEBHOOKS + "/{id}/secret")
    @Operation(summary = "Rotate the signing secret: the given one (whsec_...) or a generated one, shown in this"
            + " answer only; the next attempt is signed with it")
    SubscriptionView rotateSecret(@PathVariable String id, @RequestBody(required = false) NewSecret request) {
        return SubscriptionView.of(subscriptions.rotateSecret(caller(), id, request == null ? null : request.secret()),
                true);
    }

    @GetMapping(WEBHOOKS + "/{id}/deliveries")
    @Operation(summary = "The subscription's delivery log: each event queued for it, its status (PENDING,"
            + " DELIVERED, DEAD) and every attempt (time, status code, error, duration)")
    DeliveryPage deliveries(@PathVariable String id,
                            @Parameter(description = "newest (default) or oldest first") @RequestParam(required = false)
                            String order,
                            @Parameter(description = "the previous page's next") @RequestParam(required = false)
                            String after,
                            @Parameter(description = "1 to " + MAX_LIMIT + ", default " + DEFAULT_LIMIT)
                            @RequestParam(required = false) String limit) {
        Subscription subscription = subscriptions.get(caller(), id);
        boolean newestFirst = order == null || order.equals("newest");
        if (!newestFirst && !order.equals("oldest")) {
            throw new IllegalArgumentException("order must be newest or oldest, got: " + order);
        }
        int size = QueryParams.integer("limit", limit, DEFAULT_LIMIT);
        if (size < 1 || size > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", got: " + limit);
        }
        Long cursor = cursor(after);
        List<DeliveryView> page = deliveries.log(subscription.id(), cursor, newestFirst, size).stream()
                .map(DeliveryView::of).toList();
        Long next = page.size() < size ? null : page.get(page.size() - 1).order();
        return new DeliveryPage(page, next);
    }

    private static Long cursor(String after) {
        if (after == null || after.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(after.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("after must be the next of a previous page (a whole number), got: "
                    + after);
        }
    }

    private Caller caller() {
        return callers.current().orElseThrow(() -> new AccessDeniedException("no ledger role"));
    }
}
