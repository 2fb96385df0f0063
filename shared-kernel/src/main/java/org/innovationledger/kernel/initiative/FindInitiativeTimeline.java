package org.innovationledger.kernel.initiative;

import org.innovationledger.kernel.common.TenantId;

import java.util.Objects;

/** Answers the {@link InitiativeTimeline}, or nothing when the initiative is unknown in the tenant. */
public record FindInitiativeTimeline(TenantId tenant, InitiativeId initiativeId) {

    public FindInitiativeTimeline {
        Objects.requireNonNull(tenant, "tenant is required");
        Objects.requireNonNull(initiativeId, "initiativeId is required");
    }
}
