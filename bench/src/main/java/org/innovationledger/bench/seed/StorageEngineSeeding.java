package org.innovationledger.bench.seed;

import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.time.Duration;

/**
 * Bulk seeding through Axon's event storage engine ({@code appendEvents}, one call per batch), not through the
 * command path: no aggregate is loaded, no rule checked, no event bus or processor sees the events. The rows are
 * those the command path would have written (same engine, serializer and table) for the same events.
 */
public final class StorageEngineSeeding {

    /** What was seeded and how long it took. */
    public record Seeded(SeededHistory history, Duration took, int batchSize) {
        public double eventsPerSecond() {
            return history.events() / (took.toNanos() / 1e9);
        }
    }

    private final EventStorageEngine engine;
    private final int batchSize;

    public StorageEngineSeeding(EventStorageEngine engine, int batchSize) {
        this.engine = engine;
        this.batchSize = batchSize;
    }

    public Seeded seed(long events) {
        long started = System.nanoTime();
        long[] appended = {0, 0}; // events, batches
        SeededHistory history = new SyntheticHistory(events, batchSize).writeTo(batch -> {
            engine.appendEvents(batch);
            appended[0] += batch.size();
            if (++appended[1] % 100 == 0) {
                System.out.printf("  seeded %,d events%n", appended[0]);
            }
        });
        return new Seeded(history, Duration.ofNanos(System.nanoTime() - started), batchSize);
    }
}
