package org.innovationledger.query.accounts;

import java.time.Instant;
import java.time.ZoneId;

/** One event of the stream as the accounts read it: its payload, global position and the time it was recorded. */
record LedgerEvent(Object payload, long position, Instant recordedAt) {

    /** The regions' civil time (Sweden and Denmark share it): a registration counts in the year it was recorded there. */
    static final ZoneId REGION_TIME = ZoneId.of("Europe/Stockholm");

    int recordedYear() {
        return recordedAt.atZone(REGION_TIME).getYear();
    }
}
