package org.innovationledger.kernel.initiative;

import org.axonframework.serialization.Revision;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;

/** An initiative entered the tenant's portfolio under the unit that owns it. */
@Revision("1")
public record InitiativeRegistered(InitiativeId initiativeId,
                                   TenantId tenant,
                                   String title,
                                   String description,
                                   OrganisationUnitId unitId) {
}
