package org.innovationledger.command.infra;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LostRaceRetrySchedulerTest {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final LostRaceRetryScheduler scheduler = LostRaceRetryScheduler.builder().retryExecutor(executor)
            .backOff(20, 500).maxRetryCount(3).build();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void retriesALostRaceWhateverTheDatabaseErrorUnderIt() {
        // as the JDBC engine reports it: the driver's unique violation under the ConcurrencyException
        RuntimeException lostRace = new ConcurrencyException("already inserted",
                new BatchUpdateException("batch", "23505", 0, new int[0], new SQLException("duplicate", "23505")));

        assertThat(scheduler.scheduleRetry(GenericCommandMessage.asCommandMessage("c"), lostRace, failures(1),
                () -> { })).isTrue();
        assertThat(scheduler.scheduleRetry(GenericCommandMessage.asCommandMessage("c"),
                new IllegalStateException("wrapped", lostRace), failures(1), () -> { })).isTrue();
    }

    @Test
    void neverRetriesABrokenRuleAndGivesUpAfterTheLastRetry() {
        assertThat(scheduler.scheduleRetry(GenericCommandMessage.asCommandMessage("c"),
                new IllegalArgumentException("the rule says no"), failures(1), () -> { })).isFalse();
        assertThat(scheduler.scheduleRetry(GenericCommandMessage.asCommandMessage("c"),
                new ConcurrencyException("again"), failures(4), () -> { })).isFalse();
    }

    @Test
    void waitsGrowWithEveryLostRaceUpToTheCapAndVary() {
        Set<Long> firstWaits = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            long first = LostRaceRetryScheduler.waitBefore(1, 20, 500);
            assertThat(first).isBetween(20L, 40L);
            assertThat(LostRaceRetryScheduler.waitBefore(3, 20, 500)).isBetween(20L, 160L);
            assertThat(LostRaceRetryScheduler.waitBefore(8, 20, 500)).isBetween(20L, 500L);
            firstWaits.add(first);
        }
        assertThat(firstWaits).as("writers that collided wait different times").hasSizeGreaterThan(10);
    }

    @Test
    void refusesABackOffThatCannotWork() {
        assertThatThrownBy(() -> LostRaceRetryScheduler.builder().backOff(0, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LostRaceRetryScheduler.builder().backOff(50, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Class<? extends Throwable>[]> failures(int count) {
        List<Class<? extends Throwable>[]> failures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            failures.add(new Class[]{ConcurrencyException.class});
        }
        return failures;
    }
}
