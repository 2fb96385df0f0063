package org.innovationledger.kernel.indicator;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Texts;

import java.time.LocalDate;

/**
 * Closes the period: its figures are final, it takes no more reports, corrections or non-responses. Units that
 * neither reported nor were recorded as not responding stay missing.
 *
 * @param expectedVersion the period's version the caller last saw (HTTP If-Match); null to skip the check
 */
public record CloseReportingPeriod(@TargetAggregateIdentifier ReportingPeriodId periodId,
                                   LocalDate closedOn,
                                   Long expectedVersion) {

    public CloseReportingPeriod {
        Texts.present(periodId, "periodId is required");
        IndicatorChecks.date(closedOn, "closedOn");
    }
}
