package org.innovationledger.query.integration.webhook;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * How webhooks are delivered ({@code ledger.integration.webhooks.*}): the HTTP timeouts per attempt, the retry policy
 * ({@link Backoff}), how often the dispatcher looks for due deliveries, how many receivers it calls at once, and how
 * long an instance holds a subscription it is delivering to (another instance takes over after that).
 */
@Component
public class WebhookSettings {

    final Duration connectTimeout;
    final Duration requestTimeout;
    final Backoff backoff;
    final Duration pollInterval;
    final int threads;
    final Duration lease;
    final boolean enabled;

    WebhookSettings(@Value("${ledger.integration.webhooks.connect-timeout:5s}") Duration connectTimeout,
                    @Value("${ledger.integration.webhooks.request-timeout:10s}") Duration requestTimeout,
                    @Value("${ledger.integration.webhooks.initial-backoff:5s}") Duration initialBackoff,
                    @Value("${ledger.integration.webhooks.backoff-factor:2}") double backoffFactor,
                    @Value("${ledger.integration.webhooks.max-backoff:1h}") Duration maxBackoff,
                    @Value("${ledger.integration.webhooks.max-attempts:10}") int maxAttempts,
                    @Value("${ledger.integration.webhooks.poll-interval:500ms}") Duration pollInterval,
                    @Value("${ledger.integration.webhooks.threads:4}") int threads,
                    @Value("${ledger.integration.webhooks.dispatch:true}") boolean enabled) {
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
        this.backoff = new Backoff(initialBackoff, backoffFactor, maxBackoff, maxAttempts);
        this.pollInterval = pollInterval;
        if (threads < 1) {
            throw new IllegalArgumentException("ledger.integration.webhooks.threads must be at least 1");
        }
        this.threads = threads;
        // longer than any one attempt can take, so a subscription is never delivered to by two instances at once
        this.lease = connectTimeout.plus(requestTimeout).multipliedBy(2).plusSeconds(10);
        this.enabled = enabled;
    }
}
