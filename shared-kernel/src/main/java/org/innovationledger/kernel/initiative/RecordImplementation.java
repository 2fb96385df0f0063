package org.innovationledger.kernel.initiative;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Dates;
import org.innovationledger.kernel.common.Texts;
import org.innovationledger.kernel.organisation.OrganisationUnitId;

/** Records that the solution is in operation at a unit. */
public record RecordImplementation(@TargetAggregateIdentifier InitiativeId initiativeId,
                                   OrganisationUnitId unitId,
                                   LocalDate implementedOn) {

    public RecordImplementation {
        Texts.present(initiativeId, "initiativeId is required");
        Texts.present(unitId, "unitId is required");
        Texts.present(implementedOn, "implementedOn is required");
        Dates.plausible(implementedOn, "implementedOn");
    }
}
