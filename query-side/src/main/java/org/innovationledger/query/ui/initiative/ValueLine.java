package org.innovationledger.query.ui.initiative;

import org.innovationledger.kernel.common.Money;
import org.innovationledger.kernel.realisation.ValueRealisationReport;
import org.innovationledger.kernel.value.Beneficiary;
import org.innovationledger.kernel.value.ValuePerspective;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One row of the initiative's expected-against-realised table: a beneficiary and perspective in one currency (the
 * report never converts currencies, so neither does the table, nor the chart drawn from it). A dimension whose value
 * has no sum (a better working day, say) still has its row: no currency, no amounts, its realisations counted.
 *
 * @param currency     null for value without a sum
 * @param realisations how many times value was realised for the dimension, with or without a sum
 */
record ValueLine(Beneficiary beneficiary, ValuePerspective perspective, String currency, BigDecimal expected,
                 BigDecimal realised, int realisations) {

    static List<ValueLine> of(ValueRealisationReport report) {
        List<ValueLine> lines = new ArrayList<>();
        for (ValueRealisationReport.DimensionLine line : report.byDimension()) {
            Set<String> currencies = new LinkedHashSet<>();
            line.expected().forEach(money -> currencies.add(money.currency()));
            line.realised().forEach(money -> currencies.add(money.currency()));
            for (String currency : currencies) {
                lines.add(new ValueLine(line.beneficiary(), line.perspective(), currency,
                        sum(line.expected(), currency), sum(line.realised(), currency), line.realisedCount()));
            }
            if (currencies.isEmpty()) {
                lines.add(new ValueLine(line.beneficiary(), line.perspective(), null, null, null,
                        line.realisedCount()));
            }
        }
        return lines;
    }

    private static BigDecimal sum(List<Money> amounts, String currency) {
        return amounts.stream().filter(money -> money.currency().equals(currency)).map(Money::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
