package org.innovationledger.kernel.initiative;

import java.util.List;
import org.axonframework.serialization.Revision;
import org.innovationledger.kernel.mission.MissionId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;

/** The initiative's classification from now on: strategy area, core area, innovation type, missions, testbed. */
@Revision("1")
public record InitiativeClassified(InitiativeId initiativeId,
                                   String strategyArea,
                                   String coreArea,
                                   InnovationType innovationType,
                                   List<MissionId> missions,
                                   OrganisationUnitId testbedUnitId) {
}
