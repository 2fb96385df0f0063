package org.innovationledger.kernel.initiative;

import org.axonframework.serialization.Revision;
import org.innovationledger.kernel.organisation.OrganisationUnitId;

/** The idea was anchored with the care unit (förankring), with its value potential. */
@Revision("1")
public record CareUnitAnchoringRecorded(InitiativeId initiativeId,
                                        OrganisationUnitId careUnitId,
                                        String valuePotential) {
}
