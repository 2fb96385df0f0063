package org.innovationledger.kernel.indicator;

import org.innovationledger.kernel.common.TenantId;

import java.util.List;

/**
 * One version of an indicator as the read side knows it.
 *
 * @param changeNote why this version was made; null for version 1
 * @param versions   every version of the indicator, oldest first
 * @param position   global event position this view reflects
 */
public record IndicatorView(IndicatorId indicatorId,
                            TenantId tenant,
                            int version,
                            IndicatorDefinition definition,
                            String changeNote,
                            List<Integer> versions,
                            long position) {
}
