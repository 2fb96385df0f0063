package org.innovationledger.kernel.common;

import java.time.LocalDate;

/** Date checks shared by the contract's records. */
public final class Dates {

    private Dates() {
    }

    /**
     * Refuses dates outside years 1000-9999: such a date is a typo, and read models keep dates as ISO text,
     * whose order is the calendar's only within four-digit years.
     */
    public static LocalDate plausible(LocalDate date, String field) {
        if (date != null && (date.getYear() < 1000 || date.getYear() > 9999)) {
            throw new IllegalArgumentException(field + " must lie between the years 1000 and 9999, got: " + date);
        }
        return date;
    }
}
