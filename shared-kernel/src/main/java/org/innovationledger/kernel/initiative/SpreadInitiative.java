package org.innovationledger.kernel.initiative;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Dates;
import org.innovationledger.kernel.common.Texts;
import org.innovationledger.kernel.organisation.OrganisationUnitId;

/** Records that the solution spread to another unit (spridning). */
public record SpreadInitiative(@TargetAggregateIdentifier InitiativeId initiativeId,
                               OrganisationUnitId unitId,
                               LocalDate spreadOn) {

    public SpreadInitiative {
        Objects.requireNonNull(initiativeId, "initiativeId is required");
        Objects.requireNonNull(unitId, "unitId is required");
        Objects.requireNonNull(spreadOn, "spreadOn is required");
        Dates.plausible(spreadOn, "spreadOn");
    }
}
