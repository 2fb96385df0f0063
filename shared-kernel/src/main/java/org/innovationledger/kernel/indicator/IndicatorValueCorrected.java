package org.innovationledger.kernel.indicator;

import org.axonframework.serialization.Revision;
import org.innovationledger.kernel.organisation.OrganisationUnitId;

import java.time.LocalDate;

/** A unit's value was corrected from {@code previousValue} (still on record) to {@code correctedValue}. */
@Revision("1")
public record IndicatorValueCorrected(ReportingPeriodId periodId,
                                      OrganisationUnitId unitId,
                                      IndicatorValue previousValue,
                                      IndicatorValue correctedValue,
                                      LocalDate correctedOn,
                                      String comment) {
}
