package org.innovationledger.kernel.accounts;

import org.innovationledger.kernel.common.TenantId;

/**
 * The region's innovation accounts of a year computed from the events up to and including {@code position}, or up to
 * the newest event when null; {@code edition} the published edition they belong to, null for a preview.
 */
public record FetchInnovationAccounts(TenantId tenant, int year, Long position, InnovationAccountsEditionView edition) {
}
