package org.innovationledger.kernel.indicator;

import java.math.BigDecimal;

/**
 * How a value is compared with an indicator's threshold. The Stockholm source counts the units that reached
 * "drygt nivå 2" (a little above level 2): that is {@link #ABOVE} 2, while a target such as "at least level 3" is
 * {@link #AT_OR_ABOVE} 3.
 */
public enum ThresholdComparison {
    /** The value is the threshold or more. */
    AT_OR_ABOVE,
    /** The value is more than the threshold. */
    ABOVE;

    public boolean meets(BigDecimal value, BigDecimal threshold) {
        int order = value.compareTo(threshold);
        return this == AT_OR_ABOVE ? order >= 0 : order > 0;
    }
}
