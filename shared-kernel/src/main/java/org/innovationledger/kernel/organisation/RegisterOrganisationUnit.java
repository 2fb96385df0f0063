package org.innovationledger.kernel.organisation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Dates;
import org.innovationledger.kernel.common.Texts;

import java.time.LocalDate;

/**
 * Registers one of the region's units (board, company, hospital, clinic, testbed ...) under an optional parent.
 *
 * @param establishedOn the date the unit exists from; may be unknown (null) for units registered long after
 */
public record RegisterOrganisationUnit(@TargetAggregateIdentifier OrganisationUnitId unitId,
                                       String name,
                                       OrganisationUnitKind kind,
                                       OrganisationUnitId parentId,
                                       LocalDate establishedOn) {

    public RegisterOrganisationUnit {
        Texts.present(unitId, "unitId is required");
        name = Texts.required(name, "name", 200);
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        Dates.plausible(establishedOn, "establishedOn");
        if (unitId.equals(parentId)) {
            throw new IllegalArgumentException("a unit cannot be its own parent");
        }
    }
}
