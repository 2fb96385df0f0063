package org.innovationledger.bench.measure;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.innovationledger.bench.baseline.Rate;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A full rebuild of every projection: the query side started on a seeded store with no read models, so every
 * tracking processor starts from the first event. Timed from the start of the processors until each has handled
 * the event at the head of the store (every one of its segments), as deploy's ReadSide test helper checks it.
 */
public final class ProjectionRebuild {

    /**
     * The rebuild's rate over the seeded events, the processors that took part, and the aggregates whose events a
     * projection refused and parked in its dead-letter queue (so the read models are complete only when it is 0).
     */
    public record Result(Rate rate, List<String> processors, int segments, Map<String, Long> deadLetters,
                         Map<String, Duration> headReachedAfter) {

        /** The processors that took longest to reach the head, slowest first: where a rebuild's time goes. */
        public List<Map.Entry<String, Duration>> slowest(int count) {
            return headReachedAfter.entrySet().stream()
                    .sorted(Map.Entry.<String, Duration>comparingByValue().reversed()).limit(count).toList();
        }
    }

    private static final Duration ERROR_PATIENCE = Duration.ofSeconds(90);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(60);

    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;

    public ProjectionRebuild(EventStore eventStore, EventProcessingConfiguration processing) {
        this.eventStore = eventStore;
        this.processing = processing;
    }

    public Result awaitCaughtUp(long processorsStartedAt, long events, Duration within) throws InterruptedException {
        long head = eventStore.createHeadToken().position().orElseThrow();
        long deadline = System.nanoTime() + within.toNanos();
        long inErrorSince = 0;
        Map<String, Duration> reached = new TreeMap<>();
        long nextProgress = System.nanoTime() + PROGRESS_EVERY.toNanos();
        List<String> behind;
        do {
            if (System.nanoTime() > nextProgress) { // a long rebuild says how far the slowest read model is
                nextProgress += PROGRESS_EVERY.toNanos();
                System.out.printf("  rebuilding: slowest processor at position %,d of %,d; %d of %d at the head%n",
                        slowestPosition(), head, reached.size(), streaming().size());
            }
            for (StreamingEventProcessor processor : streaming()) {
                if (!reached.containsKey(processor.getName()) && caughtUp(processor, head)) {
                    reached.put(processor.getName(), Duration.ofNanos(System.nanoTime() - processorsStartedAt));
                }
            }
            behind = streaming().stream().filter(processor -> !caughtUp(processor, head))
                    .map(StreamingEventProcessor::getName).toList();
            List<String> inError = streaming().stream().filter(StreamingEventProcessor::isError)
                    .map(StreamingEventProcessor::getName).toList();
            inErrorSince = inError.isEmpty() ? 0 : inErrorSince == 0 ? System.nanoTime() : inErrorSince;
            if (inErrorSince != 0 && System.nanoTime() - inErrorSince > ERROR_PATIENCE.toNanos()) {
                // a processor that keeps failing never reaches the head: say which instead of waiting for hours
                throw new IllegalStateException("processors in error for " + ERROR_PATIENCE + ": " + inError);
            }
            if (behind.isEmpty()) {
                Duration took = Duration.ofNanos(System.nanoTime() - processorsStartedAt);
                List<StreamingEventProcessor> processors = streaming();
                int segments = processors.stream().mapToInt(p -> p.processingStatus().size()).sum();
                return new Result(new Rate(events, took),
                        processors.stream().map(StreamingEventProcessor::getName).sorted().toList(), segments,
                        deadLetters(), reached);
            }
            Thread.sleep(20);
        } while (System.nanoTime() < deadline);
        throw new IllegalStateException("read models did not reach position " + head + " within " + within
                + ": " + behind);
    }

    private Map<String, Long> deadLetters() {
        Map<String, Long> parked = new TreeMap<>();
        processing.eventProcessors().keySet().forEach(group -> processing.deadLetterQueue(group)
                .ifPresent(queue -> {
                    long sequences = queue.amountOfSequences();
                    if (sequences > 0) {
                        parked.put(group, sequences);
                    }
                }));
        return parked;
    }

    private long slowestPosition() {
        return streaming().stream().flatMap(p -> p.processingStatus().values().stream())
                .mapToLong(status -> status.getTrackingToken() == null ? -1
                        : status.getTrackingToken().position().orElse(-1))
                .min().orElse(-1);
    }

    private List<StreamingEventProcessor> streaming() {
        return processing.eventProcessors().values().stream().filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast).toList();
    }

    /** Every segment it holds has handled the head event (and it holds at least one). */
    private static boolean caughtUp(StreamingEventProcessor processor, long head) {
        var statuses = processor.processingStatus().values();
        return !statuses.isEmpty() && statuses.stream().allMatch(status -> status.getTrackingToken() != null
                && status.getTrackingToken().position().orElse(-1) >= head);
    }
}
