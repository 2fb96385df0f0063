package org.innovationledger.kernel.initiative;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Texts;

/** Records the measure that removed a barrier. */
public record AddressBarrier(@TargetAggregateIdentifier InitiativeId initiativeId,
                             String barrierId,
                             String measure) {

    public AddressBarrier {
        Texts.present(initiativeId, "initiativeId is required");
        Texts.identifier(barrierId, "barrierId");
        measure = Texts.required(measure, "measure", 5000);
    }
}
