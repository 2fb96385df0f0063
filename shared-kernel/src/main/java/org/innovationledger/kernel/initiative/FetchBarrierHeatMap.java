package org.innovationledger.kernel.initiative;

import org.innovationledger.kernel.common.Texts;
import org.innovationledger.kernel.common.TenantId;


/** Answers the tenant's {@link BarrierHeatMap}. */
public record FetchBarrierHeatMap(TenantId tenant) {

    public FetchBarrierHeatMap {
        Texts.present(tenant, "tenant is required");
    }
}
