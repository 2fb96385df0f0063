package org.innovationledger.kernel.initiative;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Texts;
import org.innovationledger.kernel.organisation.OrganisationUnitId;

import java.util.Objects;

/** Registers an initiative in the portfolio, owned by one of the tenant's organisation units. */
public record RegisterInitiative(@TargetAggregateIdentifier InitiativeId initiativeId,
                                 String title,
                                 String description,
                                 OrganisationUnitId unitId) {

    public RegisterInitiative {
        Objects.requireNonNull(initiativeId, "initiativeId is required");
        title = Texts.required(title, "title", 300);
        description = Texts.optional(description, "description", 10_000);
        if (unitId == null) {
            throw new IllegalArgumentException("unitId is required");
        }
    }
}
