package org.innovationledger.query.infra.monitoring;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.TreeMap;

/**
 * {@code readModels} in {@code /actuator/health} (and in the readiness group): DOWN while a read model's processor is
 * in error, that is, retrying an event that keeps failing, so its read model no longer follows the ledger; every
 * group's state in the details. A stopped processor (a replay switching generations, an operator's pause) is shown
 * but keeps the instance ready: its alert is {@code ledger_processor_running == 0}, not a restart loop.
 */
@Component("readModelsHealthIndicator")
class ReadModelsHealth implements HealthIndicator {

    private final EventProcessingConfiguration processing;

    ReadModelsHealth(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @Override
    public Health health() {
        Map<String, String> groups = new TreeMap<>();
        boolean failing = false;
        for (var entry : processing.eventProcessors().entrySet()) {
            if (entry.getValue() instanceof StreamingEventProcessor processor) {
                String state = processor.isError() ? "ERROR" : processor.isRunning()
                        ? (processor.isReplaying() ? "REPLAYING" : "RUNNING") : "STOPPED";
                failing |= processor.isError();
                groups.put(entry.getKey(), state + ", " + processor.processingStatus().size() + " segment(s) here");
            }
        }
        return (failing ? Health.down() : Health.up()).withDetails(Map.copyOf(groups)).build();
    }
}
