package org.innovationledger.command.infra;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * "Today" for the command side's rules (an agreement expires only once its last day of validity has passed; a
 * signature cannot be dated in the future): the regions' calendar day, from {@code ledger.time-zone}, like the
 * query side's clock. A type of its own rather than a second {@link Clock} bean, because the all-in-one assembly
 * already has the query side's and two beans of one type would make injection by type ambiguous.
 */
public final class LedgerCalendar {

    private final Clock clock;

    public LedgerCalendar(Clock clock) {
        this.clock = clock;
    }

    /** A calendar stopped on one day, for tests. */
    public static LedgerCalendar fixed(LocalDate day) {
        ZoneId zone = ZoneId.of("Europe/Stockholm");
        return new LedgerCalendar(Clock.fixed(day.atStartOfDay(zone).toInstant(), zone));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Clock clock() {
        return clock;
    }
}
