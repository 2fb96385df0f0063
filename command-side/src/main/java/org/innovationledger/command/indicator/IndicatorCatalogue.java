package org.innovationledger.command.indicator;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.indicator.IndicatorDefinition;
import org.innovationledger.kernel.indicator.IndicatorId;

import java.util.Optional;

/**
 * The indicators a tenant has defined, read from their event streams (never the read side), for the reporting
 * periods: a period asks exactly one version of an indicator of its own region.
 */
public interface IndicatorCatalogue {

    /** Whether the tenant has that indicator at all, so that an unknown version can be told from an unknown id. */
    boolean exists(TenantId tenant, IndicatorId indicatorId);

    /** That version of the tenant's indicator, or its newest when {@code version} is null. */
    Optional<KnownIndicator> find(TenantId tenant, IndicatorId indicatorId, Integer version);

    /** One version of an indicator. */
    record KnownIndicator(IndicatorId indicatorId, int version, IndicatorDefinition definition) {
    }
}
