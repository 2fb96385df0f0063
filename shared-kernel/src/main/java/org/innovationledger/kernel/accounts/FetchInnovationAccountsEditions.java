package org.innovationledger.kernel.accounts;

import org.innovationledger.kernel.common.TenantId;

/** The region's published editions, by year and edition number; of one year when {@code year} is given. */
public record FetchInnovationAccountsEditions(TenantId tenant, Integer year) {
}
