package org.innovationledger.kernel.fund;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.common.Texts;

/**
 * Answers the tenant's {@link FundingReport} for one year: per call and for the year, applications, grants,
 * rejections, the grant rate and the amounts.
 *
 * @param year the calls' year; required
 * @param fund only calls of this fund, exactly as named when opened; null for all the tenant's funds
 */
public record FetchFundingReport(TenantId tenant, Integer year, String fund) {

    public FetchFundingReport {
        Texts.present(tenant, "tenant is required");
        Texts.present(year, "year is required");
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year must lie between 1000 and 9999, got: " + year);
        }
        fund = Texts.optional(fund, "fund", 200);
    }
}
