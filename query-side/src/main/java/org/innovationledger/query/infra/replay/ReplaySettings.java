package org.innovationledger.query.infra.replay;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * How replays pace themselves. {@code refresh-interval}: how often every instance re-reads the generations
 * registry (and so how late it follows a switch). {@code stop-timeout}: how long a replay waits for every instance
 * to let go of the processing group's segments before it gives up. {@code retire-delay}: how long the previous
 * generation stays after the switch, for queries still running on it. {@code coordinator-timeout}: after how long
 * without a heartbeat another instance takes over a replay. {@code keep-previous-generation}: keep the generation
 * just replaced (for comparison) instead of dropping it; the one before it is dropped at the next replay.
 */
@Component
class ReplaySettings {

    final Duration refreshInterval;
    final Duration stopTimeout;
    final Duration retireDelay;
    final Duration coordinatorTimeout;
    final boolean keepPreviousGeneration;

    ReplaySettings(@Value("${ledger.replay.refresh-interval:1s}") Duration refreshInterval,
                   @Value("${ledger.replay.stop-timeout:60s}") Duration stopTimeout,
                   @Value("${ledger.replay.retire-delay:5s}") Duration retireDelay,
                   @Value("${ledger.replay.coordinator-timeout:30s}") Duration coordinatorTimeout,
                   @Value("${ledger.replay.keep-previous-generation:false}") boolean keepPreviousGeneration) {
        this.refreshInterval = refreshInterval;
        this.stopTimeout = stopTimeout;
        this.retireDelay = retireDelay;
        this.coordinatorTimeout = coordinatorTimeout;
        this.keepPreviousGeneration = keepPreviousGeneration;
    }

    /** Every healthy instance has re-read the registry at least once within this time. */
    Duration everyInstanceHasSeen() {
        return refreshInterval.multipliedBy(3);
    }
}
