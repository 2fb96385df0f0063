package org.innovationledger.kernel.initiative;

import org.axonframework.serialization.Revision;
import org.innovationledger.kernel.organisation.OrganisationUnitId;

/** A role around the initiative is now held by a unit or a named party. */
@Revision("1")
public record InitiativeRoleAssigned(InitiativeId initiativeId,
                                     InitiativeRole role,
                                     String holder,
                                     OrganisationUnitId unitId) {
}
