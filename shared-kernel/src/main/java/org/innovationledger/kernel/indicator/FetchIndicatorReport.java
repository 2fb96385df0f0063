package org.innovationledger.kernel.indicator;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.common.Texts;

/**
 * Answers the {@link IndicatorReport} of the tenant's period of that indicator and year, compared with the
 * previous year's period of the same indicator when there is one; nothing when there is no such period.
 */
public record FetchIndicatorReport(TenantId tenant, IndicatorId indicatorId, Integer year) {

    public FetchIndicatorReport {
        Texts.present(tenant, "tenant is required");
        Texts.present(indicatorId, "indicatorId is required");
        IndicatorChecks.year(year);
    }
}
