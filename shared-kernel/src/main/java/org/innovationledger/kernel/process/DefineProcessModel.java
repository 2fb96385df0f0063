package org.innovationledger.kernel.process;

import org.innovationledger.kernel.common.Texts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;


/**
 * Defines one of the tenant's own process models; its definition becomes version 1. The ids of the built-in
 * models are reserved ({@link BuiltInProcessModels}).
 */
public record DefineProcessModel(@TargetAggregateIdentifier ProcessModelId modelId,
                                 ProcessModelDefinition definition) {

    public DefineProcessModel {
        Texts.present(modelId, "modelId is required");
        if (definition == null) {
            throw new IllegalArgumentException("definition is required");
        }
    }
}
