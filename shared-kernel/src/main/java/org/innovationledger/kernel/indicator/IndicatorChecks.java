package org.innovationledger.kernel.indicator;

import org.innovationledger.kernel.common.Dates;
import org.innovationledger.kernel.common.Texts;

import java.time.LocalDate;

/** Checks the indicator commands share: dates and years that must be present and sensible (else 400). */
final class IndicatorChecks {

    private IndicatorChecks() {
    }

    static LocalDate date(LocalDate date, String field) {
        Texts.present(date, field + " is required");
        return Dates.plausible(date, field);
    }

    static int year(Integer year) {
        Texts.present(year, "year is required");
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year must lie between 1000 and 9999, got: " + year);
        }
        return year;
    }
}
