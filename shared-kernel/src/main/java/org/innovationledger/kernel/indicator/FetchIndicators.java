package org.innovationledger.kernel.indicator;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.common.Texts;

/** Answers the region's indicator catalogue as {@link IndicatorView}s at their newest versions, by wording. */
public record FetchIndicators(TenantId tenant) {

    public FetchIndicators {
        Texts.present(tenant, "tenant is required");
    }
}
