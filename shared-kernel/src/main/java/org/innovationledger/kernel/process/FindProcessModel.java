package org.innovationledger.kernel.process;

import org.innovationledger.kernel.common.TenantId;

/**
 * Answers a {@link ProcessModelView} of one version of a model, or nothing when the tenant may not use that model
 * or it has no such version.
 *
 * @param version the model version; null for the newest
 */
public record FindProcessModel(TenantId tenant, ProcessModelId modelId, Integer version) {

    public FindProcessModel {
        if (version != null && version < 1) {
            throw new IllegalArgumentException("process model versions start at 1, got " + version);
        }
    }
}
