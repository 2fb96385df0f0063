package org.innovationledger.kernel.indicator;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Texts;

/** Adds an indicator to the caller's region's catalogue; it becomes version 1. */
public record DefineIndicator(@TargetAggregateIdentifier IndicatorId indicatorId, IndicatorDefinition definition) {

    public DefineIndicator {
        Texts.present(indicatorId, "indicatorId is required");
        Texts.present(definition, "definition is required");
    }
}
