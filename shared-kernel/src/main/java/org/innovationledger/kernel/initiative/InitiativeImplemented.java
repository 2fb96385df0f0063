package org.innovationledger.kernel.initiative;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.innovationledger.kernel.organisation.OrganisationUnitId;

/** The solution went into operation at a unit. */
@Revision("1")
public record InitiativeImplemented(InitiativeId initiativeId,
                                    OrganisationUnitId unitId,
                                    LocalDate implementedOn) {
}
