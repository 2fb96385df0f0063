package org.innovationledger.kernel.need;

import org.innovationledger.kernel.common.Texts;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;


/**
 * Answers one page of the tenant's {@link NeedsBacklog}: open needs first, then by number of MUST criteria
 * (most first), then oldest first.
 *
 * @param status      only needs in this status; null for all
 * @param ownerUnitId only needs owned by this unit; null for any owner (or none)
 * @param page        zero-based page number
 * @param size        needs per page, 1 to {@value #MAX_SIZE}
 */
public record FetchNeedsBacklog(TenantId tenant,
                                NeedStatus status,
                                OrganisationUnitId ownerUnitId,
                                int page,
                                int size) {

    public static final int MAX_SIZE = 200;

    public FetchNeedsBacklog {
        Texts.present(tenant, "tenant is required");
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more, got: " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + ", got: " + size);
        }
    }
}
