package org.innovationledger.kernel.indicator;

import org.axonframework.serialization.Revision;
import org.innovationledger.kernel.organisation.OrganisationUnitId;

import java.time.LocalDate;

/**
 * A unit reported its value. {@code late} is true when it was submitted after the period's due date (the period
 * was still open, so it counts like any other). {@code comment} may be null.
 */
@Revision("1")
public record IndicatorValueSubmitted(ReportingPeriodId periodId,
                                      OrganisationUnitId unitId,
                                      IndicatorValue value,
                                      LocalDate submittedOn,
                                      boolean late,
                                      String comment) {
}
