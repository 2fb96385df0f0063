package org.innovationledger.kernel.organisation;

import org.innovationledger.kernel.common.TenantId;

/** Answers an {@link OrganisationUnitView}, or nothing when the unit is unknown in the tenant. */
public record FindOrganisationUnit(TenantId tenant, OrganisationUnitId unitId) {
}
