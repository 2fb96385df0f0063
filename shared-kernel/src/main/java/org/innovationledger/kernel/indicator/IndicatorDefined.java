package org.innovationledger.kernel.indicator;

import org.axonframework.serialization.Revision;
import org.innovationledger.kernel.common.TenantId;

/** An indicator was added to the region's catalogue as version 1. */
@Revision("1")
public record IndicatorDefined(IndicatorId indicatorId, TenantId tenant, int version, IndicatorDefinition definition) {
}
