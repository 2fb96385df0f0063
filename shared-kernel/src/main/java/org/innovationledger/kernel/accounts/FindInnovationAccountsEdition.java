package org.innovationledger.kernel.accounts;

import org.innovationledger.kernel.common.TenantId;

/** One published edition of the region's innovation accounts; empty when unknown or another region's. */
public record FindInnovationAccountsEdition(TenantId tenant, InnovationAccountsEditionId editionId) {
}
