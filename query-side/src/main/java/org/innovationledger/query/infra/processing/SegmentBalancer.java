package org.innovationledger.query.infra.processing;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Shares the read models' processing between the query-side instances on one store. Axon's tracking processors
 * claim whatever segment nobody holds, so the first instance up takes them all and a later one would idle; Axon
 * Server balances them, the open-source stores do not. Every interval this instance says it is alive and, if it
 * holds more than its fair share of all groups' segments, releases the surplus for a while, during which the
 * others claim it. An instance that dies stops beating; its claims expire after the token store's claim timeout
 * and the survivors' processors pick its segments up where its tokens stood (at-least-once: the projections are
 * idempotent). A group in replay, stopped or in error is left alone.
 */
class SegmentBalancer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final EventProcessingConfiguration processing;
    private final TokenStore tokenStore;
    private final ProcessingInstances instances;
    private final Duration interval;
    private final Clock clock;
    /** The name Axon's token stores claim segments under by default: the JVM's pid@host. */
    private final String node = ManagementFactory.getRuntimeMXBean().getName();
    private final AtomicInteger liveSeen = new AtomicInteger(1);
    private ScheduledExecutorService executor;

    SegmentBalancer(EventProcessingConfiguration processing, TokenStore tokenStore, ProcessingInstances instances,
                    Duration interval, Clock clock, MeterRegistry meters) {
        this.processing = processing;
        this.tokenStore = tokenStore;
        this.instances = instances;
        this.interval = interval;
        this.clock = clock;
        Gauge.builder("ledger_processing_instances", liveSeen, AtomicInteger::get)
                .description("Query-side instances sharing the read models' processing, as this instance last saw them")
                .register(meters);
    }

    /** One round: heartbeat, then release whatever is above this instance's share. */
    void balance() {
        Instant now = clock.instant();
        instances.heartbeat(node, now);
        int live = instances.live(now.minus(interval.multipliedBy(3)));
        liveSeen.set(live);
        Map<String, StreamingEventProcessor> balanced = new TreeMap<>();
        Map<String, SortedSet<Integer>> held = new TreeMap<>();
        int total = 0;
        for (var entry : processing.eventProcessors().entrySet()) {
            if (entry.getValue() instanceof StreamingEventProcessor processor && processor.isRunning()
                    && !processor.isError() && !processor.isReplaying()) {
                balanced.put(entry.getKey(), processor);
                held.put(entry.getKey(), new TreeSet<>(processor.processingStatus().keySet()));
                total += tokenStore.fetchSegments(processor.getName()).length;
            }
        }
        List<FairShare.Release> surplus = FairShare.surplus(held, total, live);
        for (FairShare.Release release : surplus) {
            log.info("Releasing segment {} of {} for another instance ({} instances share {} segments)",
                    release.segment(), release.group(), live, total);
            // long enough for an idle instance to claim it (its processors look every 5 s), short enough that
            // a segment nobody takes comes back soon
            balanced.get(release.group()).releaseSegment(release.segment(), interval.toMillis() * 2,
                    TimeUnit.MILLISECONDS);
        }
    }

    private void balanceSafely() {
        try {
            balance();
        } catch (RuntimeException e) {
            // the read-model store may be away for a moment; processing goes on, the next round tries again
            log.warn("Segment balancing round failed: {}", e.toString());
        }
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "segment-balancer");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::balanceSafely, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
            try {
                instances.leave(node);
            } catch (RuntimeException e) {
                log.debug("Could not remove this instance's heartbeat: {}", e.toString());
            }
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
