package org.innovationledger.kernel.initiative;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Dates;
import org.innovationledger.kernel.common.Texts;
import org.innovationledger.kernel.organisation.OrganisationUnitId;

/** Records that the solution is in operation at a unit. */
public record RecordImplementation(@TargetAggregateIdentifier InitiativeId initiativeId,
                                   OrganisationUnitId unitId,
                                   LocalDate implementedOn) {

    public RecordImplementation {
        Objects.requireNonNull(initiativeId, "initiativeId is required");
        Objects.requireNonNull(unitId, "unitId is required");
        Objects.requireNonNull(implementedOn, "implementedOn is required");
        Dates.plausible(implementedOn, "implementedOn");
    }
}
