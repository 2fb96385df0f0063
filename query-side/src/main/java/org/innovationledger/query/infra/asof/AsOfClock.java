package org.innovationledger.query.infra.asof;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The query side's "now": the system's, except on a thread answering a query as of an earlier moment, where it is
 * that moment. Read models that name things as they are called today (units, partners, agreements' parties) or count
 * what expires within days of today then answer as they would have on that day.
 */
public final class AsOfClock extends Clock {

    private static final ThreadLocal<Instant> NOW = new ThreadLocal<>();

    private final Clock system;

    public AsOfClock(Clock system) {
        this.system = Objects.requireNonNull(system);
    }

    /** Runs the work with this thread's "now" at {@code instant}; the previous "now" is restored after. */
    public static <T> T at(Instant instant, Supplier<T> work) {
        Instant previous = NOW.get();
        NOW.set(Objects.requireNonNull(instant));
        try {
            return work.get();
        } finally {
            if (previous == null) {
                NOW.remove();
            } else {
                NOW.set(previous);
            }
        }
    }

    @Override
    public Instant instant() {
        Instant pinned = NOW.get();
        return pinned != null ? pinned : system.instant();
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new AsOfClock(system.withZone(zone));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AsOfClock clock && clock.system.equals(system);
    }

    @Override
    public int hashCode() {
        return system.hashCode() + 1;
    }

    @Override
    public String toString() {
        return "AsOfClock[" + system + "]";
    }
}
