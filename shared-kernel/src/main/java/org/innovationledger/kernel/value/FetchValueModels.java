package org.innovationledger.kernel.value;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.InitiativeId;

/**
 * Answers the tenant's value models as {@link ValueModelView}s at their newest versions, by name.
 *
 * @param initiativeId only the models worked out for this initiative; null for all
 */
public record FetchValueModels(TenantId tenant, InitiativeId initiativeId) {
}
