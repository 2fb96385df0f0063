package org.innovationledger.kernel.initiative;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Texts;
import org.innovationledger.kernel.organisation.OrganisationUnitId;

/** Names who holds a role around the initiative: a unit of the tenant, or a party by name. */
public record AssignInitiativeRole(@TargetAggregateIdentifier InitiativeId initiativeId,
                                   InitiativeRole role,
                                   String holder,
                                   OrganisationUnitId unitId,
                                   Long expectedVersion) {

    public AssignInitiativeRole {
        Texts.present(initiativeId, "initiativeId is required");
        Texts.present(role, "role is required");
        holder = Texts.optional(holder, "holder", 200);
        if (holder == null && unitId == null) {
            throw new IllegalArgumentException("a role holder is a unitId or a holder name");
        }
    }
}
