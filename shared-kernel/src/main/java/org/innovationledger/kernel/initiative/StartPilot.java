package org.innovationledger.kernel.initiative;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Dates;
import org.innovationledger.kernel.common.Texts;
import org.innovationledger.kernel.organisation.OrganisationUnitId;

/** Starts a pilot of the initiative at a unit during its test phase. */
public record StartPilot(@TargetAggregateIdentifier InitiativeId initiativeId,
                         String pilotId,
                         OrganisationUnitId unitId,
                         LocalDate startedOn) {

    public StartPilot {
        Texts.present(initiativeId, "initiativeId is required");
        Texts.identifier(pilotId, "pilotId");
        Texts.present(unitId, "unitId is required");
        Texts.present(startedOn, "startedOn is required");
        Dates.plausible(startedOn, "startedOn");
    }
}
