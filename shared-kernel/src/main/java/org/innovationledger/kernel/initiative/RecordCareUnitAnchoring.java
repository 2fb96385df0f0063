package org.innovationledger.kernel.initiative;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Texts;
import org.innovationledger.kernel.organisation.OrganisationUnitId;

/** Records that the idea is anchored with the care unit, and its value potential (VLL STEG 1). */
public record RecordCareUnitAnchoring(@TargetAggregateIdentifier InitiativeId initiativeId,
                                      OrganisationUnitId careUnitId,
                                      String valuePotential,
                                      Long expectedVersion) {

    public RecordCareUnitAnchoring {
        Texts.present(initiativeId, "initiativeId is required");
        Texts.present(careUnitId, "careUnitId is required");
        valuePotential = Texts.required(valuePotential, "valuePotential", 5000);
    }
}
