package org.innovationledger.kernel.indicator;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.common.Texts;

/**
 * Answers an {@link IndicatorView} of one version of the tenant's indicator, or nothing.
 *
 * @param version the version; null for the newest
 */
public record FindIndicator(TenantId tenant, IndicatorId indicatorId, Integer version) {

    public FindIndicator {
        Texts.present(tenant, "tenant is required");
        Texts.present(indicatorId, "indicatorId is required");
        if (version != null && version < 1) {
            throw new IllegalArgumentException("indicator versions start at 1, got " + version);
        }
    }
}
