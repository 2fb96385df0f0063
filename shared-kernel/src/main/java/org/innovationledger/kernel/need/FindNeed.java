package org.innovationledger.kernel.need;

import org.innovationledger.kernel.common.TenantId;

/** Answers a {@link NeedView}, or nothing when the need is unknown in the tenant. */
public record FindNeed(TenantId tenant, NeedId needId) {
}
