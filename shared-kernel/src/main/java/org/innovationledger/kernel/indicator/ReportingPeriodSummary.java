package org.innovationledger.kernel.indicator;

import org.innovationledger.kernel.common.TenantId;

import java.time.LocalDate;

/**
 * A period in the list of the tenant's periods, without the units' values ({@link FindReportingPeriod} has them).
 *
 * @param population   units expected to report
 * @param submitted    units that reported
 * @param nonResponses units recorded as not responding (and not reporting since)
 * @param missing      units with nothing on record
 * @param closedOn     null while open
 * @param version      the aggregate version (use as ETag / If-Match)
 * @param position     global event position this summary reflects
 */
public record ReportingPeriodSummary(ReportingPeriodId periodId,
                                     TenantId tenant,
                                     IndicatorId indicatorId,
                                     int indicatorVersion,
                                     String wording,
                                     IndicatorKind kind,
                                     int year,
                                     LocalDate opensOn,
                                     LocalDate dueOn,
                                     ReportingPeriodStatus status,
                                     LocalDate closedOn,
                                     int population,
                                     int submitted,
                                     int nonResponses,
                                     int missing,
                                     long version,
                                     long position) {
}
