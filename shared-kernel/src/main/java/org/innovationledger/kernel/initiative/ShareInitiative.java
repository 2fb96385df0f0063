package org.innovationledger.kernel.initiative;

import org.innovationledger.kernel.common.Texts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.TenantId;

/**
 * Opens the initiative for reading to another region (tenant), for a joint project between regions. Only the
 * owner tenant may share; the other region reads it, and changes nothing.
 */
public record ShareInitiative(@TargetAggregateIdentifier InitiativeId initiativeId,
                              TenantId withTenant,
                              Long expectedVersion) {

    public ShareInitiative {
        Texts.present(initiativeId, "initiativeId is required");
        Texts.present(withTenant, "withTenant is required");
    }
}
