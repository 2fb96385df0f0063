package org.innovationledger.kernel.initiative;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Texts;

/** Records how a barrier was worked around instead of removed. */
public record CircumventBarrier(@TargetAggregateIdentifier InitiativeId initiativeId,
                                String barrierId,
                                String workaround) {

    public CircumventBarrier {
        Texts.present(initiativeId, "initiativeId is required");
        Texts.identifier(barrierId, "barrierId");
        workaround = Texts.required(workaround, "workaround", 5000);
    }
}
