package org.innovationledger.kernel.need;

import org.axonframework.serialization.Revision;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;

/** A need from care was recorded, arising at {@code unitId}; it is open and has no owner yet. */
@Revision("1")
public record NeedIdentified(NeedId needId,
                             TenantId tenant,
                             String title,
                             String description,
                             NeedSource source,
                             OrganisationUnitId unitId) {
}
