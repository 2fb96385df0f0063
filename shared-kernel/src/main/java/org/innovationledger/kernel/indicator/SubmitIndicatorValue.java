package org.innovationledger.kernel.indicator;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Texts;
import org.innovationledger.kernel.organisation.OrganisationUnitId;

import java.time.LocalDate;

/**
 * A unit of the population reports its value, once per period (a later change is a correction). A report after
 * the period's due date is accepted while the period is open and recorded as late.
 *
 * @param value           {@code true}/{@code false} for BOOLEAN_SHARE, 1.0-5.0 for SCALE_1_5 (decimals allowed), a
 *                        whole number of zero or more for COUNT, any number for NUMBER
 * @param comment         the unit's own comment, optional
 * @param expectedVersion the period's version the caller last saw (HTTP If-Match); null to skip the check
 */
public record SubmitIndicatorValue(@TargetAggregateIdentifier ReportingPeriodId periodId,
                                   OrganisationUnitId unitId,
                                   IndicatorValue value,
                                   LocalDate submittedOn,
                                   String comment,
                                   Long expectedVersion) {

    public SubmitIndicatorValue {
        Texts.present(periodId, "periodId is required");
        Texts.present(unitId, "unitId is required");
        Texts.present(value, "value is required");
        IndicatorChecks.date(submittedOn, "submittedOn");
        comment = Texts.optional(comment, "comment", 2000);
    }
}
