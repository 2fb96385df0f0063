package org.innovationledger.kernel.fund;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.common.Texts;

/**
 * Answers the tenant's funding calls as {@link FundingCallSummary}s, by year, fund and round. Filters are optional
 * (null: no filter) and combine with AND.
 *
 * @param year only calls of this year
 * @param fund only calls of this fund, exactly as named when opened
 */
public record FetchFundingCalls(TenantId tenant, Integer year, String fund) {

    public FetchFundingCalls {
        Texts.present(tenant, "tenant is required");
        if (year != null && (year < 1000 || year > 9999)) {
            throw new IllegalArgumentException("year must lie between 1000 and 9999, got: " + year);
        }
        fund = Texts.optional(fund, "fund", 200);
    }
}
