package org.innovationledger.bench.seed;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The synthetic history's time: it starts on 1 January of the first year and moves on a fixed step per event, so
 * event timestamps rise with the global index as they would in a real ledger, and the dates inside the events
 * (decisions, submissions) are the day of the event that carries them.
 */
final class SeedClock {

    static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private final Instant start;
    private final long stepMillis;
    private long ticks;

    SeedClock(int firstYear, int years, long expectedEvents) {
        this.start = LocalDate.of(firstYear, 1, 1).atStartOfDay(ZONE).toInstant();
        long span = LocalDate.of(firstYear + years, 1, 1).atStartOfDay(ZONE).toInstant().toEpochMilli()
                - start.toEpochMilli();
        this.stepMillis = Math.max(1, span / Math.max(1, expectedEvents));
    }

    /** The timestamp of the next event. */
    Instant tick() {
        return start.plusMillis(stepMillis * ticks++);
    }

    Instant now() {
        return start.plusMillis(stepMillis * ticks);
    }

    LocalDate today() {
        return LocalDate.ofInstant(now(), ZONE);
    }
}
