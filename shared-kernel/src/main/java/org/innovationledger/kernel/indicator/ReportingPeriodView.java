package org.innovationledger.kernel.indicator;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;

import java.time.LocalDate;
import java.util.List;

/**
 * A period as the read side knows it: the indicator version it asks, and every unit of the population in the
 * order the population was given.
 *
 * @param closedOn null while open
 * @param version  the aggregate version (use as ETag / If-Match)
 * @param position global event position this view reflects
 */
public record ReportingPeriodView(ReportingPeriodId periodId,
                                  TenantId tenant,
                                  IndicatorId indicatorId,
                                  int indicatorVersion,
                                  IndicatorDefinition definition,
                                  int year,
                                  LocalDate opensOn,
                                  LocalDate dueOn,
                                  ReportingPeriodStatus status,
                                  LocalDate closedOn,
                                  List<UnitResponse> units,
                                  long version,
                                  long position) {

    /**
     * One unit of the population.
     *
     * @param value                 the value that counts: the latest correction, else the submitted value; null
     *                              unless submitted
     * @param submittedValue        the value as first submitted, null unless submitted
     * @param submittedOn           null unless submitted
     * @param late                  submitted after the due date
     * @param corrections           oldest first
     * @param nonResponseReason     the recorded non-response's reason, kept also when the unit reported later
     * @param nonResponseRecordedOn null unless a non-response was recorded
     */
    public record UnitResponse(OrganisationUnitId unitId,
                               ResponseStatus status,
                               IndicatorValue value,
                               IndicatorValue submittedValue,
                               LocalDate submittedOn,
                               boolean late,
                               String comment,
                               List<Correction> corrections,
                               String nonResponseReason,
                               LocalDate nonResponseRecordedOn) {
    }

    /** A correction of a unit's value; {@code comment} may be null. */
    public record Correction(IndicatorValue previousValue, IndicatorValue correctedValue, LocalDate correctedOn,
                             String comment) {
    }
}
