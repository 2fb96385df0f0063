package org.innovationledger.kernel.process;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Texts;


/**
 * Adds the next version of a tenant's process model. Earlier versions stay as they were: initiatives that run
 * under them are not moved ("Processen har vässats och justerats för varje ny satsning", VLL pre-study L833).
 *
 * @param changeNote      what changed and why, shown with the version
 * @param expectedVersion the aggregate version the caller last saw (HTTP If-Match); null to skip the check
 */
public record ReviseProcessModel(@TargetAggregateIdentifier ProcessModelId modelId,
                                 ProcessModelDefinition definition,
                                 String changeNote,
                                 Long expectedVersion) {

    public ReviseProcessModel {
        Texts.present(modelId, "modelId is required");
        if (definition == null) {
            throw new IllegalArgumentException("definition is required");
        }
        changeNote = Texts.required(changeNote, "changeNote", 2000);
    }
}
