package org.innovationledger.kernel.value;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Texts;

/** Define a value model; it becomes version 1. */
public record DefineValueModel(@TargetAggregateIdentifier ValueModelId valueModelId, ValueModelDefinition definition) {

    public DefineValueModel {
        Texts.present(valueModelId, "valueModelId is required");
        Texts.present(definition, "definition is required");
    }
}
