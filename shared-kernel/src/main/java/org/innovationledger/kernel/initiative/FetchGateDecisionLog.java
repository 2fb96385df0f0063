package org.innovationledger.kernel.initiative;

import org.innovationledger.kernel.common.Texts;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.process.GateOutcome;

import java.time.LocalDate;

/**
 * Answers one page of the tenant's {@link GateDecisionLog}, newest decision first. Filters are optional (null: no
 * filter) and combine with AND.
 *
 * @param initiativeId decisions on this initiative only
 * @param from         decided on or after this date
 * @param to           decided on or before this date
 * @param outcome      decisions with this outcome only
 * @param page         zero-based page number
 * @param size         decisions per page, 1 to {@value #MAX_SIZE}
 */
public record FetchGateDecisionLog(TenantId tenant,
                                   InitiativeId initiativeId,
                                   LocalDate from,
                                   LocalDate to,
                                   GateOutcome outcome,
                                   int page,
                                   int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    public FetchGateDecisionLog {
        Texts.present(tenant, "tenant is required");
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from (" + from + ") must not lie after to (" + to + ")");
        }
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more, got: " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + ", got: " + size);
        }
    }
}
