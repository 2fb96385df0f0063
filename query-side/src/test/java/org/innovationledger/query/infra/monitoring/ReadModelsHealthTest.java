package org.innovationledger.query.infra.monitoring;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Readiness follows the read models: down while one keeps failing, up while one is merely stopped or replaying. */
class ReadModelsHealthTest {

    @Test
    void aProcessorInErrorTakesReadinessDown() {
        Health health = health(Map.of("portfolio", processor(true, false, false), "missions", processor(true, false, true)));

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("missions", "ERROR, 0 segment(s) here")
                .containsEntry("portfolio", "RUNNING, 0 segment(s) here");
    }

    @Test
    void stoppedOrReplayingReadModelsKeepTheInstanceReady() {
        Health health = health(Map.of("portfolio", processor(false, false, false), "missions", processor(true, true, false)));

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("portfolio", "STOPPED, 0 segment(s) here")
                .containsEntry("missions", "REPLAYING, 0 segment(s) here");
    }

    private static Health health(Map<String, EventProcessor> processors) {
        EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
        when(processing.eventProcessors()).thenReturn(processors);
        return new ReadModelsHealth(processing).health();
    }

    private static StreamingEventProcessor processor(boolean running, boolean replaying, boolean error) {
        StreamingEventProcessor processor = mock(StreamingEventProcessor.class);
        when(processor.isRunning()).thenReturn(running);
        when(processor.isReplaying()).thenReturn(replaying);
        when(processor.isError()).thenReturn(error);
        when(processor.processingStatus()).thenReturn(Map.of());
        return processor;
    }
}
