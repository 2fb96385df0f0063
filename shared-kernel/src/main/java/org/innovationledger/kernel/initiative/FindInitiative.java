package org.innovationledger.kernel.initiative;

import org.innovationledger.kernel.common.TenantId;

/**
 * Answers an {@link InitiativeView} with everything on record about the initiative, or nothing when the tenant
 * neither owns it nor has it shared with it. Its history is {@link FindInitiativeTimeline}'s.
 */
public record FindInitiative(TenantId tenant, InitiativeId initiativeId) {
}
