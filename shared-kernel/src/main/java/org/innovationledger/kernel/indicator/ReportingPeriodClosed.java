package org.innovationledger.kernel.indicator;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The period's figures are final from {@code closedOn}. */
@Revision("1")
public record ReportingPeriodClosed(ReportingPeriodId periodId, LocalDate closedOn) {
}
