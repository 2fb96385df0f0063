package org.innovationledger.kernel.audit;

import org.innovationledger.kernel.common.TenantId;

/**
 * Answers the {@link AuditEntry} at a global position, or nothing when there is none or it was acted for another
 * region than {@code tenant} (null: any region, for admins).
 */
public record FindAuditEntry(TenantId tenant, long position) {

    public FindAuditEntry {
        if (position < 0) {
            throw new IllegalArgumentException("position must be 0 or more, got: " + position);
        }
    }
}
