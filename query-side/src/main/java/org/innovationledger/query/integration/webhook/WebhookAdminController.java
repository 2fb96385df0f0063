package org.innovationledger.query.integration.webhook;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.innovationledger.query.integration.webhook.WebhookViews.DeliveryView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The operators' side of webhooks: deliveries that failed every attempt, and sending them again. */
@RestController
@Tag(name = "Administration")
class WebhookAdminController {

    static final String DEAD_LETTERS = "/api/admin/webhooks/dead-letters";

    private final WebhookSubscriptions subscriptions;
    private final DeliveryStore deliveries;

    WebhookAdminController(WebhookSubscriptions subscriptions, DeliveryStore deliveries) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
    }

    @GetMapping(DEAD_LETTERS)
    @Operation(summary = "Every region's webhook dead letters (deliveries that failed every attempt), oldest first,"
            + " with their attempts; each holds up its (suspended) subscription's later deliveries")
    List<DeliveryView> deadLetters(@Parameter(description = "only this subscription's")
                                   @RequestParam(required = false) String subscriptionId) {
        return deliveries.dead(subscriptionId).stream().map(DeliveryView::of).toList();
    }

    @PostMapping(DEAD_LETTERS + "/{deliveryId}/redeliver")
    @Operation(summary = "Send a dead letter again now",
            description = "It goes back to the head of its subscription's queue with a fresh set of attempts; once"
                    + " the subscription has no dead letter left it is ACTIVE again and delivers the events that queued"
                    + " meanwhile, in order. Answers 202 with the delivery; 404 if there is no such dead letter.")
    ResponseEntity<DeliveryView> redeliver(@PathVariable String deliveryId) {
        return ResponseEntity.accepted().body(DeliveryView.of(subscriptions.redeliver(deliveryId)));
    }
}
