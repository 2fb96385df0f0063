package org.innovationledger.kernel.fund;

import org.innovationledger.kernel.common.Dates;
import org.innovationledger.kernel.common.Money;
import org.innovationledger.kernel.common.Texts;

import java.time.LocalDate;

/** Checks the fund's commands share: amounts and dates that must be present and sensible (else 400). */
final class FundChecks {

    private FundChecks() {
    }

    /** A required amount above zero. */
    static Money positive(Money money, String field) {
        Texts.present(money, field + " is required");
        if (!money.isPositive()) {
            throw new IllegalArgumentException(field + " must be more than zero, got: " + money);
        }
        return money;
    }

    /** An optional amount of zero or more. */
    static Money notNegative(Money money, String field) {
        if (money != null && money.isNegative()) {
            throw new IllegalArgumentException(field + " must not be negative, got: " + money);
        }
        return money;
    }

    static LocalDate date(LocalDate date, String field) {
        Texts.present(date, field + " is required");
        return Dates.plausible(date, field);
    }
}
