package org.innovationledger.kernel.initiative;

import org.innovationledger.kernel.common.Texts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.TenantId;

/** Ends the sharing of the initiative with another region: from then on that region no longer sees it. */
public record EndInitiativeSharing(@TargetAggregateIdentifier InitiativeId initiativeId,
                                   TenantId withTenant,
                                   Long expectedVersion) {

    public EndInitiativeSharing {
        Texts.present(initiativeId, "initiativeId is required");
        Texts.present(withTenant, "withTenant is required");
    }
}
