package org.innovationledger.kernel.initiative;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.innovationledger.kernel.organisation.OrganisationUnitId;

/** The solution spread to another unit. */
@Revision("1")
public record InitiativeSpread(InitiativeId initiativeId,
                               OrganisationUnitId unitId,
                               LocalDate spreadOn) {
}
