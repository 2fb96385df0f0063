package org.innovationledger.app;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.Duration;
import java.util.List;

/** Waits for the read side of the application under test. */
public final class ReadSide {

    private ReadSide() {
    }

    /** Every tracking processor (every read model) has handled the event that is newest now. */
    public static void awaitCaughtUp(EventStore eventStore, EventProcessingConfiguration processing, Duration within) {
        long head = eventStore.createHeadToken().position().orElseThrow();
        long deadline = System.currentTimeMillis() + within.toMillis();
        List<String> behind;
        do {
            behind = processing.eventProcessors().values().stream()
                    .filter(StreamingEventProcessor.class::isInstance)
                    .map(StreamingEventProcessor.class::cast)
                    .filter(processor -> processor.processingStatus().values().stream()
                            .noneMatch(status -> status.getTrackingToken() != null
                                    && status.getTrackingToken().position().orElse(-1) >= head))
                    .map(StreamingEventProcessor::getName)
                    .toList();
            if (behind.isEmpty()) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        } while (System.currentTimeMillis() < deadline);
        throw new AssertionError("read models did not reach position " + head + ": " + behind);
    }
}
