package org.innovationledger.query.infra.monitoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * How far each read model is behind the ledger, per processing group, for Prometheus and its alerts:
 * <ul>
 *   <li>{@code ledger.processor.lag{group}}: events between the ledger's head and the slowest segment this instance
 *   holds (NaN while it holds none: another instance has them, and reports them);</li>
 *   <li>{@code ledger.processor.segments.claimed{group}}: segments this instance holds;</li>
 *   <li>{@code ledger.processor.running{group}}: 1 while running without error, 0 when stopped or in error;</li>
 *   <li>{@code ledger.processor.replaying{group}}: 1 during a rebuild;</li>
 *   <li>{@code ledger.processor.dead.letters{group}}: sequences (an aggregate's events) parked in the group's
 *   dead-letter queue (kept in MongoDB; alert on anything above 0).</li>
 * </ul>
 * Axon's own monitors (processing latency and capacity per processor, bus timers) come with
 * {@code axon.metrics.micrometer.dimensional}. The head is read at most once a second, however often scraped.
 */
@Component
class ReadModelLagMetrics {

    private static final Duration HEAD_TTL = Duration.ofSeconds(1);

    private final EventProcessingConfiguration processing;
    private final EventStore events;
    private final MeterRegistry meters;
    private final Clock clock = Clock.systemUTC();
    private volatile Instant headReadAt = Instant.EPOCH;
    private volatile long head = -1;

    ReadModelLagMetrics(EventProcessingConfiguration processing, EventStore events, MeterRegistry meters) {
        this.processing = processing;
        this.events = events;
        this.meters = meters;
    }

    /** The processors exist once Axon has started: register their gauges then. */
    @EventListener(ApplicationReadyEvent.class)
    void register() {
        processing.eventProcessors().forEach((group, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                gauge("ledger.processor.lag", group, streaming, this::lag, "events the read model is behind the ledger");
                gauge("ledger.processor.segments.claimed", group, streaming, p -> p.processingStatus().size(),
                        "segments this instance processes");
                gauge("ledger.processor.running", group, streaming, p -> p.isRunning() && !p.isError() ? 1 : 0,
                        "1 while the processor runs without error");
                gauge("ledger.processor.replaying", group, streaming, p -> p.isReplaying() ? 1 : 0,
                        "1 while the read model is being rebuilt");
                processing.deadLetterQueue(group).ifPresent(queue ->
                        Gauge.builder("ledger.processor.dead.letters", queue, q -> q.amountOfSequences())
                                .tag("group", group).description("aggregates whose events wait in the dead-letter queue")
                                .register(meters));
            }
        });
    }

    private void gauge(String name, String group, StreamingEventProcessor processor,
                       java.util.function.ToDoubleFunction<StreamingEventProcessor> value, String description) {
        Gauge.builder(name, processor, value).tag("group", group).description(description).register(meters);
    }

    /** Head position minus the lowest position among the segments held here; NaN when none is held. */
    double lag(StreamingEventProcessor processor) {
        OptionalLong slowest = processor.processingStatus().values().stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong)
                .min();
        if (processor.processingStatus().isEmpty()) {
            return Double.NaN;
        }
        long position = slowest.orElse(-1);
        return Math.max(0, head() - position);
    }

    private long head() {
        Instant now = clock.instant();
        if (now.isAfter(headReadAt.plus(HEAD_TTL))) {
            TrackingToken token = events.createHeadToken();
            head = token == null ? -1 : token.position().orElse(-1);
            headReadAt = now;
        }
        return head;
    }
}
