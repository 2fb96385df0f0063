package org.innovationledger.kernel.initiative;

import org.innovationledger.kernel.common.TenantId;

/** Answers an {@link InitiativeView}, or nothing when the initiative is unknown in the tenant. */
public record FindInitiative(TenantId tenant, InitiativeId initiativeId) {
}
