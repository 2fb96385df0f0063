package org.innovationledger.kernel.initiative;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Texts;

/** Records the value analysis and its economic result (VLL STEG 3). */
public record CompleteValueAnalysis(@TargetAggregateIdentifier InitiativeId initiativeId,
                                    String summary,
                                    EconomicValue economicValue,
                                    Long expectedVersion) {

    public CompleteValueAnalysis {
        Texts.present(initiativeId, "initiativeId is required");
        summary = Texts.required(summary, "summary", 10_000);
        Texts.present(economicValue, "economicValue is required");
    }
}
