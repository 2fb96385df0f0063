package org.innovationledger.kernel.initiative;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Texts;

/** Records a barrier (hinder) met by the initiative, by category and system level. */
public record ObserveBarrier(@TargetAggregateIdentifier InitiativeId initiativeId,
                             String barrierId,
                             BarrierCategory category,
                             SystemLevel level,
                             String description) {

    public ObserveBarrier {
        Objects.requireNonNull(initiativeId, "initiativeId is required");
        Texts.identifier(barrierId, "barrierId");
        Objects.requireNonNull(category, "category is required");
        Objects.requireNonNull(level, "level is required");
        description = Texts.required(description, "description", 5000);
    }
}
