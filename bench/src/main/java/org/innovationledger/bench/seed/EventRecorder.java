package org.innovationledger.bench.seed;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Turns the seeded commands' events into domain event messages as the aggregates would have stored them: per
 * aggregate a sequence from 0 without gaps, the events of one command together and carrying that command's
 * caller, correlation and causation, and hands them to the store in batches.
 */
final class EventRecorder {

    private final SeedClock clock;
    private final int batchSize;
    private final Consumer<List<EventMessage<?>>> store;
    private final Map<String, Long> nextSequence = new HashMap<>();
    private final Map<String, Integer> eventsByType = new TreeMap<>();
    private List<EventMessage<?>> batch = new ArrayList<>();
    private long recorded;

    EventRecorder(SeedClock clock, int batchSize, Consumer<List<EventMessage<?>>> store) {
        this.clock = clock;
        this.batchSize = batchSize;
        this.store = store;
    }

    /**
     * Records the events one command on one aggregate caused.
     *
     * @param correlationId shared by everything stemming from one story (one initiative's case, one report)
     */
    void command(String aggregateType, String aggregateId, Caller caller, String correlationId, Object... events) {
        String causationId = UUID.randomUUID().toString(); // the command's own message id
        Map<String, Object> metaData = caller.metaData(correlationId, causationId);
        long sequence = nextSequence.getOrDefault(aggregateId, 0L);
        for (Object event : events) {
            batch.add(new GenericDomainEventMessage<>(aggregateType, aggregateId, sequence++, event, metaData,
                    UUID.randomUUID().toString(), clock.tick()));
            eventsByType.merge(event.getClass().getSimpleName(), 1, Integer::sum);
            recorded++;
        }
        nextSequence.put(aggregateId, sequence);
        if (batch.size() >= batchSize) {
            flush();
        }
    }

    void flush() {
        if (!batch.isEmpty()) {
            store.accept(batch);
            batch = new ArrayList<>();
        }
    }

    long recorded() {
        return recorded;
    }

    int aggregates() {
        return nextSequence.size();
    }

    Map<String, Integer> eventsByType() {
        return eventsByType;
    }

    SeedClock clock() {
        return clock;
    }
}
