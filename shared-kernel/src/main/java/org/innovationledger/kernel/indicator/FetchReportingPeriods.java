package org.innovationledger.kernel.indicator;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.common.Texts;

/**
 * Answers the tenant's reporting periods as {@link ReportingPeriodSummary}s, by year and the order they were
 * opened in. Filters are optional (null: no filter) and combine with AND.
 */
public record FetchReportingPeriods(TenantId tenant, IndicatorId indicatorId, Integer year) {

    public FetchReportingPeriods {
        Texts.present(tenant, "tenant is required");
        if (year != null) {
            IndicatorChecks.year(year);
        }
    }
}
