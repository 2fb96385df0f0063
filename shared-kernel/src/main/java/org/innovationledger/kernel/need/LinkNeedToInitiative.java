package org.innovationledger.kernel.need;

import org.innovationledger.kernel.common.Texts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.initiative.InitiativeId;


/**
 * Records that an initiative works on the need; a need may lead to several.
 *
 * @param expectedVersion the version the caller last saw (HTTP If-Match); null to skip the check
 */
public record LinkNeedToInitiative(@TargetAggregateIdentifier NeedId needId,
                                   InitiativeId initiativeId,
                                   Long expectedVersion) {

    public LinkNeedToInitiative {
        Texts.present(needId, "needId is required");
        if (initiativeId == null) {
            throw new IllegalArgumentException("initiativeId is required");
        }
    }
}
