package org.innovationledger.kernel.process;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/**
 * Defines one of the tenant's own process models; its definition becomes version 1. The ids of the built-in
 * models are reserved ({@link BuiltInProcessModels}).
 */
public record DefineProcessModel(@TargetAggregateIdentifier ProcessModelId modelId,
                                 ProcessModelDefinition definition) {

    public DefineProcessModel {
        Objects.requireNonNull(modelId, "modelId is required");
        if (definition == null) {
            throw new IllegalArgumentException("definition is required");
        }
    }
}
