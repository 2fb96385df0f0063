package org.innovationledger.kernel.indicator;

import org.innovationledger.kernel.common.Texts;

import java.math.BigDecimal;

/**
 * The level an indicator's report counts units against, e.g. {@code {value: 2, comparison: ABOVE}} for "20 av 23
 * ... uppnått drygt nivå 2". The comparison is part of the decision, so it is stated, never assumed.
 */
public record Threshold(BigDecimal value, ThresholdComparison comparison) {

    public Threshold {
        Texts.present(value, "threshold value is required");
        Texts.present(comparison, "threshold comparison is required (AT_OR_ABOVE or ABOVE)");
        value = IndicatorValue.canonical(value, "threshold value");
    }

    public boolean metBy(BigDecimal number) {
        return comparison.meets(number, value);
    }

    @Override
    public String toString() {
        return (comparison == ThresholdComparison.ABOVE ? "> " : ">= ") + value.toPlainString();
    }
}
