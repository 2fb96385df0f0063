package org.innovationledger.kernel.initiative;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Texts;

/** Records the value analysis and its economic result (VLL STEG 3). */
public record CompleteValueAnalysis(@TargetAggregateIdentifier InitiativeId initiativeId,
                                    String summary,
                                    EconomicValue economicValue,
                                    Long expectedVersion) {

    public CompleteValueAnalysis {
        Objects.requireNonNull(initiativeId, "initiativeId is required");
        summary = Texts.required(summary, "summary", 10_000);
        Objects.requireNonNull(economicValue, "economicValue is required");
    }
}
