package org.innovationledger.kernel.initiative;

import org.innovationledger.kernel.common.Texts;
import org.innovationledger.kernel.common.TenantId;


/**
 * Answers the {@link InitiativeTimeline}, or nothing when the tenant neither owns the initiative nor has it shared
 * with it.
 */
public record FindInitiativeTimeline(TenantId tenant, InitiativeId initiativeId) {

    public FindInitiativeTimeline {
        Texts.present(tenant, "tenant is required");
        Texts.present(initiativeId, "initiativeId is required");
    }
}
