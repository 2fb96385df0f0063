package org.innovationledger.kernel.audit;

import java.util.List;

/**
 * One page of the audit trail, oldest first.
 *
 * @param entries  at most the query's limit
 * @param next     the cursor for the next page (pass it as {@code after}); null when no later entry matched when
 *                 this page was read. The trail only grows: to follow it, ask again after the last entry's position.
 * @param position the newest global position the trail has applied, whoever's event it was: an entry written at or
 *                 below it is in the trail
 */
public record AuditTrailPage(List<AuditEntry> entries, Long next, long position) {

    public AuditTrailPage {
        entries = List.copyOf(entries);
    }
}
