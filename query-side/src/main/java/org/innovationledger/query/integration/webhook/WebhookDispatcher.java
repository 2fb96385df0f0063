package org.innovationledger.query.integration.webhook;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.innovationledger.query.integration.cloudevent.LedgerCloudEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends the queued deliveries: every {@code poll-interval} it looks at each active subscription's head delivery and,
 * when it is due, takes the subscription's lease (so of several instances exactly one delivers to it) and hands it
 * to its own bounded pool, which sends that subscription's deliveries one after the other, in order, until one fails
 * or none is due. One slow receiver occupies one thread of this pool, never the event processors.
 * <p>An attempt is a POST of the CloudEvent ({@value LedgerCloudEvent#MEDIA_TYPE}) with the Standard Webhooks
 * headers; a 2xx answer delivers it, anything else (another status, a redirect, a timeout, a refused connection) is a
 * failed attempt, tried again after the {@link Backoff}; after the last attempt it is a dead letter and its
 * subscription is suspended.
 */
@Component
class WebhookDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    /** Deliveries one task sends in a row before it lets other subscriptions have the thread. */
    private static final int BATCH = 100;
    private static final int MAX_ERROR = 300;

    private final SubscriptionStore subscriptions;
    private final DeliveryStore deliveries;
    private final WebhookSettings settings;
    private final Clock clock = Clock.systemUTC();
    private final String node = "node-" + UUID.randomUUID();
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final HttpClient http;
    private final Map<String, Counter> outcomes = new ConcurrentHashMap<>();
    private final ObjectProvider<MeterRegistry> meters;
    private ScheduledExecutorService ticker;
    private ExecutorService senders;
    private volatile boolean running;

    WebhookDispatcher(SubscriptionStore subscriptions, DeliveryStore deliveries, WebhookSettings settings,
                      ObjectProvider<MeterRegistry> meters) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.settings = settings;
        this.meters = meters;
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public void start() {
        MeterRegistry registry = meters.getIfAvailable();
        if (registry != null) {
            Gauge.builder("ledger.integration.webhooks.queue", deliveries, DeliveryStore::pending)
                    .description("webhook deliveries waiting to be sent").register(registry);
        }
        if (!settings.enabled) {
            log.info("Webhook dispatch is off on this instance (ledger.integration.webhooks.dispatch=false)");
            running = true;
            return;
        }
        AtomicInteger threads = new AtomicInteger();
        ticker = Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "webhook-ticker"));
        senders = Executors.newFixedThreadPool(settings.threads,
                task -> daemon(task, "webhook-sender-" + threads.incrementAndGet()));
        long interval = Math.max(1, settings.pollInterval.toMillis());
        ticker.scheduleWithFixedDelay(this::tick, interval, interval, TimeUnit.MILLISECONDS);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        if (ticker != null) {
            ticker.shutdownNow();
            senders.shutdownNow();
            try {
                senders.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Hands each active subscription whose head delivery is due to a sender, as far as senders are free. */
    void tick() {
        try {
            for (Subscription subscription : subscriptions.active()) {
                if (inFlight.size() >= settings.threads) {
                    return;
                }
                if (inFlight.contains(subscription.id()) || !due(deliveries.head(subscription.id()))) {
                    continue;
                }
                Instant now = clock.instant();
                if (inFlight.add(subscription.id())) {
                    if (subscriptions.claim(subscription.id(), node, now, now.plus(settings.lease))) {
                        senders.execute(() -> drain(subscription.id()));
                    } else {
                        inFlight.remove(subscription.id());
                    }
                }
            }
        } catch (RuntimeException e) {
            log.warn("Webhook dispatch could not look for due deliveries; trying again: {}", e.toString());
        }
    }

    /** Sends one subscription's due deliveries in order, while it holds the lease and each one is delivered. */
    private void drain(String subscriptionId) {
        try {
            for (int sent = 0; sent < BATCH && running; sent++) {
                Optional<Subscription> subscription = subscriptions.find(subscriptionId)
                        .filter(found -> found.status() == Subscription.Status.ACTIVE);
                Optional<Delivery> head = deliveries.head(subscriptionId);
                if (subscription.isEmpty() || !due(head) || !attempt(subscription.get(), head.get())) {
                    return;
                }
                Instant now = clock.instant();
                if (!subscriptions.claim(subscriptionId, node, now, now.plus(settings.lease))) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            log.warn("Webhook delivery to subscription {} stopped; trying again: {}", subscriptionId, e.toString());
        } finally {
            try {
                subscriptions.release(subscriptionId, node);
            } catch (RuntimeException e) {
                log.debug("could not release the lease of {} (it runs out by itself)", subscriptionId, e);
            }
            inFlight.remove(subscriptionId);
        }
    }

    private boolean due(Optional<Delivery> head) {
        return head.isPresent() && head.get().status() == Delivery.Status.PENDING
                && !head.get().nextAttemptAt().isAfter(clock.instant());
    }

    /** One attempt, recorded; true when it was delivered. */
    private boolean attempt(Subscription subscription, Delivery delivery) {
        Instant at = clock.instant();
        long timestamp = at.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(subscription.url()))
                .timeout(settings.requestTimeout)
                .header("Content-Type", LedgerCloudEvent.MEDIA_TYPE + "; charset=utf-8")
                .header("User-Agent", "innovation-ledger-webhooks")
                .header(WebhookSigner.ID, delivery.eventId())
                .header(WebhookSigner.TIMESTAMP, Long.toString(timestamp))
                .header(WebhookSigner.SIGNATURE, WebhookSigner.sign(subscription.secret(), delivery.eventId(),
                        timestamp, delivery.body()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.body(), StandardCharsets.UTF_8))
                .build();
        long started = System.nanoTime();
        Integer status = null;
        String error = null;
        Future<HttpResponse<Void>> call = http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        try {
            // the request timeout covers the answer's headers; this also bounds a body that never ends
            status = call.get(settings.requestTimeout.plus(settings.connectTimeout).toMillis(), TimeUnit.MILLISECONDS)
                    .statusCode();
            if (status / 100 != 2) {
                error = "HTTP " + status + (status / 100 == 3 ? " (redirects are not followed)" : "");
            }
        } catch (TimeoutException e) {
            call.cancel(true);
            error = "no answer within " + settings.requestTimeout.toMillis() + " ms";
        } catch (ExecutionException e) {
            error = describe(e.getCause());
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            return false;
        }
        Delivery.Attempt attempt = new Delivery.Attempt(at, status, error,
                Duration.ofNanos(System.nanoTime() - started).toMillis(), error == null);
        if (error == null) {
            deliveries.delivered(delivery.id(), attempt);
            count("delivered");
            return true;
        }
        int failed = delivery.failedAttempts() + 1;
        boolean dead = settings.backoff.exhausted(failed);
        deliveries.failed(delivery.id(), attempt, failed, at.plus(settings.backoff.delayAfter(failed)), dead);
        if (dead) {
            String reason = "delivery " + delivery.id() + " failed " + failed + " attempts, the last: " + error;
            subscriptions.suspend(subscription.id(), reason, clock.instant());
            log.warn("Webhook subscription {} suspended: {}", subscription.id(), reason);
            count("dead");
        } else {
            log.info("Webhook delivery {} failed (attempt {}): {}", delivery.id(), failed, error);
            count("failed");
        }
        return false;
    }

    private static String describe(Throwable cause) {
        String kind = cause instanceof java.net.http.HttpConnectTimeoutException ? "connect timeout"
                : cause instanceof java.net.http.HttpTimeoutException ? "no answer in time"
                : cause instanceof java.net.ConnectException ? "connection failed"
                : cause.getClass().getSimpleName();
        String message = cause.getMessage() == null ? "" : ": " + cause.getMessage().replaceAll("\\s+", " ");
        String text = kind + message;
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR) + "...";
    }

    private void count(String outcome) {
        MeterRegistry registry = meters.getIfAvailable();
        if (registry != null) {
            outcomes.computeIfAbsent(outcome, o -> Counter.builder("ledger.integration.webhooks.deliveries").tag("outcome", o)
                    .description("webhook delivery attempts by outcome").register(registry)).increment();
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
