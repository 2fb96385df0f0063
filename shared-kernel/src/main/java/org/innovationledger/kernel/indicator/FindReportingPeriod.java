package org.innovationledger.kernel.indicator;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.common.Texts;

/** Answers a {@link ReportingPeriodView}, or nothing when the period is unknown in the tenant. */
public record FindReportingPeriod(TenantId tenant, ReportingPeriodId periodId) {

    public FindReportingPeriod {
        Texts.present(tenant, "tenant is required");
        Texts.present(periodId, "periodId is required");
    }
}
