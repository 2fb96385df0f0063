package org.innovationledger.kernel.initiative;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Texts;

/** Records a barrier (hinder) met by the initiative, by category and system level. */
public record ObserveBarrier(@TargetAggregateIdentifier InitiativeId initiativeId,
                             String barrierId,
                             BarrierCategory category,
                             SystemLevel level,
                             String description) {

    public ObserveBarrier {
        Texts.present(initiativeId, "initiativeId is required");
        Texts.identifier(barrierId, "barrierId");
        Texts.present(category, "category is required");
        Texts.present(level, "level is required");
        description = Texts.required(description, "description", 5000);
    }
}
