package org.innovationledger.kernel.indicator;

import org.axonframework.serialization.Revision;
import org.innovationledger.kernel.organisation.OrganisationUnitId;

import java.time.LocalDate;

/** A unit of the population was recorded as not responding; {@code reason} may be null. */
@Revision("1")
public record NonResponseRecorded(ReportingPeriodId periodId,
                                  OrganisationUnitId unitId,
                                  String reason,
                                  LocalDate recordedOn) {
}
