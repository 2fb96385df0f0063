package org.innovationledger.kernel.need;

import org.axonframework.serialization.Revision;
import org.innovationledger.kernel.organisation.OrganisationUnitId;

/** The unit {@code ownerUnitId} owns the need (behovsägare) from now on; {@code previousOwnerUnitId} null if none. */
@Revision("1")
public record NeedOwnerAssigned(NeedId needId,
                                OrganisationUnitId ownerUnitId,
                                OrganisationUnitId previousOwnerUnitId) {
}
