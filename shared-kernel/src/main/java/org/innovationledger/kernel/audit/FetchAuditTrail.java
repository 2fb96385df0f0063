package org.innovationledger.kernel.audit;

import org.innovationledger.kernel.common.TenantId;

import java.time.Instant;
import java.util.Set;

/**
 * Answers an {@link AuditTrailPage}: the events matching every filter given (null or empty: no filter), by
 * global position ascending.
 *
 * @param tenant      events acted for this region (their {@code tenant} metadata); null for every region's, which
 *                    only an admin may ask for
 * @param aggregateId events of this aggregate
 * @param principal   events this principal caused
 * @param types       events of these types (simple class names such as {@code InitiativeRegistered})
 * @param from        stored at or after this instant
 * @param to          stored before this instant (so consecutive windows neither overlap nor leave gaps)
 * @param after       the cursor: entries with a position above it
 * @param limit       entries per page, 1 to {@value #MAX_LIMIT}
 */
public record FetchAuditTrail(TenantId tenant,
                              String aggregateId,
                              String principal,
                              Set<String> types,
                              Instant from,
                              Instant to,
                              Long after,
                              int limit) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    public FetchAuditTrail {
        aggregateId = blankToNull(aggregateId);
        principal = blankToNull(principal);
        types = types == null ? Set.of() : Set.copyOf(types);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from (" + from + ") must not lie after to (" + to + ")");
        }
        if (after != null && after < 0) {
            throw new IllegalArgumentException("after must be a position of 0 or more, got: " + after);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", got: " + limit);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
