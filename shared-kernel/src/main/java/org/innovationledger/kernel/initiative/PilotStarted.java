package org.innovationledger.kernel.initiative;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.innovationledger.kernel.organisation.OrganisationUnitId;

/** A pilot started at a unit. */
@Revision("1")
public record PilotStarted(InitiativeId initiativeId,
                           String pilotId,
                           OrganisationUnitId unitId,
                           LocalDate startedOn) {
}
