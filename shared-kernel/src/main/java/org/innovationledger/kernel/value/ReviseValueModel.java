package org.innovationledger.kernel.value;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Texts;

/** Revise a value model: the definition becomes the next version; agreements keep the version they reference. */
public record ReviseValueModel(@TargetAggregateIdentifier ValueModelId valueModelId,
                               ValueModelDefinition definition,
                               String changeNote,
                               Long expectedVersion) {

    public ReviseValueModel {
        Texts.present(valueModelId, "valueModelId is required");
        Texts.present(definition, "definition is required");
        changeNote = Texts.required(changeNote, "changeNote", 2000);
    }
}
