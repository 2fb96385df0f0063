package org.innovationledger.kernel.initiative;

import org.innovationledger.kernel.common.TenantId;

import java.util.Objects;

/** Answers the tenant's {@link BarrierHeatMap}. */
public record FetchBarrierHeatMap(TenantId tenant) {

    public FetchBarrierHeatMap {
        Objects.requireNonNull(tenant, "tenant is required");
    }
}
