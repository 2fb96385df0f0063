package org.innovationledger.kernel.organisation;

import org.axonframework.serialization.Revision;
import org.innovationledger.kernel.common.TenantId;

import java.time.LocalDate;

/** A unit of the region was registered. {@code parentId} is null for a top-level unit. */
@Revision("1")
public record OrganisationUnitRegistered(OrganisationUnitId unitId,
                                         TenantId tenant,
                                         String name,
                                         OrganisationUnitKind kind,
                                         OrganisationUnitId parentId,
                                         LocalDate establishedOn) {
}
