package org.innovationledger.kernel.initiative;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Dates;
import org.innovationledger.kernel.common.Texts;
import org.innovationledger.kernel.organisation.OrganisationUnitId;

/** Records that the solution spread to another unit (spridning). */
public record SpreadInitiative(@TargetAggregateIdentifier InitiativeId initiativeId,
                               OrganisationUnitId unitId,
                               LocalDate spreadOn) {

    public SpreadInitiative {
        Texts.present(initiativeId, "initiativeId is required");
        Texts.present(unitId, "unitId is required");
        Texts.present(spreadOn, "spreadOn is required");
        Dates.plausible(spreadOn, "spreadOn");
    }
}
