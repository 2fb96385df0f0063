package org.innovationledger.query.infra.replay;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * This instance's streaming processors, one per processing group (the processor is named after its group).
 * A replay stops and starts them; it only ever starts again a processor that it stopped itself.
 */
@Component
class ProjectionProcessors {

    private static final Logger log = LoggerFactory.getLogger(ProjectionProcessors.class);

    private final EventProcessingConfiguration processing;
    private final Set<String> deliveryGroups;
    private final Set<String> pausedForReplay = ConcurrentHashMap.newKeySet();

    ProjectionProcessors(EventProcessingConfiguration processing, List<DeliveryProcessingGroup> deliveries) {
        this.processing = processing;
        this.deliveryGroups = deliveries.stream().map(DeliveryProcessingGroup::processingGroup)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * The processing groups a replay can rebuild: those with a streaming (tracking) processor that build a read
     * model (not the {@link DeliveryProcessingGroup}s, which send events out).
     */
    SortedSet<String> groups() {
        SortedSet<String> groups = new TreeSet<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor && !deliveryGroups.contains(name)) {
                groups.add(name);
            }
        });
        return groups;
    }

    StreamingEventProcessor processor(String group) {
        return processing.eventProcessor(group, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no streaming processor " + group));
    }

    /**
     * Stops these groups' processors here (all at once: each finishes its batch in hand). Waits at most 20 seconds,
     * well within the coordinator timeout, so a replay's heartbeat never lapses while it waits; a processor still
     * stopping is waited for again at the next tick.
     */
    void pause(List<String> groups) {
        List<CompletableFuture<Void>> stopping = new ArrayList<>();
        for (String group : groups) {
            StreamingEventProcessor processor = processor(group);
            if (processor.isRunning()) {
                pausedForReplay.add(group);
                log.info("Stopping processor {} on this instance for a replay", group);
                stopping.add(processor.shutdownAsync());
            }
        }
        CompletableFuture.allOf(stopping.toArray(CompletableFuture[]::new)).orTimeout(20, TimeUnit.SECONDS).join();
    }

    /** Starts the group's processor again if a replay stopped it here. */
    void resume(String group) {
        if (pausedForReplay.remove(group)) {
            log.info("Starting processor {} on this instance again", group);
            processor(group).start();
        }
    }

    boolean stoppedHere(String group) {
        StreamingEventProcessor processor = processor(group);
        return !processor.isRunning() && activeThreads(processor) == 0;
    }

    boolean running(String group) {
        return processor(group).isRunning();
    }

    /** The newest position of the event store the group reads from, when the processor can tell. */
    Long head(String group) {
        if (processor(group) instanceof TrackingEventProcessor tracking) {
            TrackingToken head = tracking.getMessageSource().createHeadToken();
            return head == null ? null : head.position().stream().boxed().findFirst().orElse(null);
        }
        return null;
    }

    private static int activeThreads(StreamingEventProcessor processor) {
        return processor instanceof TrackingEventProcessor tracking ? tracking.activeProcessorThreads() : 0;
    }
}
