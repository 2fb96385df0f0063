package org.innovationledger.kernel.indicator;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Texts;
import org.innovationledger.kernel.organisation.OrganisationUnitId;

import java.time.LocalDate;

/**
 * Corrects a unit's reported value while the period is open: a compensating fact, the submitted value stays on
 * record and the latest value counts.
 *
 * @param comment         why, in the unit's words; optional (the request's reason is in the metadata)
 * @param expectedVersion the period's version the caller last saw (HTTP If-Match); null to skip the check
 */
public record CorrectIndicatorValue(@TargetAggregateIdentifier ReportingPeriodId periodId,
                                    OrganisationUnitId unitId,
                                    IndicatorValue correctedValue,
                                    LocalDate correctedOn,
                                    String comment,
                                    Long expectedVersion) {

    public CorrectIndicatorValue {
        Texts.present(periodId, "periodId is required");
        Texts.present(unitId, "unitId is required");
        Texts.present(correctedValue, "correctedValue is required");
        IndicatorChecks.date(correctedOn, "correctedOn");
        comment = Texts.optional(comment, "comment", 2000);
    }
}
