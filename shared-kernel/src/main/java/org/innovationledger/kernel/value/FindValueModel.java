package org.innovationledger.kernel.value;

import org.innovationledger.kernel.common.TenantId;

/**
 * Answers a {@link ValueModelView} of one version of the tenant's model, or nothing.
 *
 * @param version the version; null for the newest
 */
public record FindValueModel(TenantId tenant, ValueModelId valueModelId, Integer version) {

    public FindValueModel {
        if (version != null && version < 1) {
            throw new IllegalArgumentException("value model versions start at 1, got " + version);
        }
    }
}
