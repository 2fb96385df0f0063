package org.innovationledger.kernel.indicator;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Texts;
import org.innovationledger.kernel.organisation.OrganisationUnitId;

import java.time.LocalDate;

/**
 * Records, explicitly, that a unit of the population did not report ("20 av 23 ... som svarat"): a unit that has
 * reported cannot be recorded as not responding. A unit recorded as not responding may still report while the
 * period is open; the non-response then stays on record but no longer counts.
 *
 * @param reason          why, optional
 * @param expectedVersion the period's version the caller last saw (HTTP If-Match); null to skip the check
 */
public record RecordNonResponse(@TargetAggregateIdentifier ReportingPeriodId periodId,
                                OrganisationUnitId unitId,
                                String reason,
                                LocalDate recordedOn,
                                Long expectedVersion) {

    public RecordNonResponse {
        Texts.present(periodId, "periodId is required");
        Texts.present(unitId, "unitId is required");
        reason = Texts.optional(reason, "reason", 2000);
        IndicatorChecks.date(recordedOn, "recordedOn");
    }
}
