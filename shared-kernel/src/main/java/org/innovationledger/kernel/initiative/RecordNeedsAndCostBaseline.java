package org.innovationledger.kernel.initiative;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Texts;

/** Records the needs analysis and cost mapping that later results are compared with (VLL STEG 2). */
public record RecordNeedsAndCostBaseline(@TargetAggregateIdentifier InitiativeId initiativeId,
                                         String summary,
                                         Long expectedVersion) {

    public RecordNeedsAndCostBaseline {
        Texts.present(initiativeId, "initiativeId is required");
        summary = Texts.required(summary, "summary", 10_000);
    }
}
