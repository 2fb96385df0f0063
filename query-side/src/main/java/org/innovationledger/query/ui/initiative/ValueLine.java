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
 * report never converts currencies, so neither does the table, nor the chart drawn from it).
 */
record ValueLine(Beneficiary beneficiary, ValuePerspective perspective, String currency, BigDecimal expected,
                 BigDecimal realised) {

    static List<ValueLine> of(ValueRealisationReport report) {
        List<ValueLine> lines = new ArrayList<>();
        for (ValueRealisationReport.DimensionLine line : report.byDimension()) {
            Set<String> currencies = new LinkedHashSet<>();
            line.expected().forEach(money -> currencies.add(money.currency()));
            line.realised().forEach(money -> currencies.add(money.currency()));
            for (String currency : currencies) {
                lines.add(new ValueLine(line.beneficiary(), line.perspective(), currency,
                        sum(line.expected(), currency), sum(line.realised(), currency)));
            }
        }
        return lines;
    }

    private static BigDecimal sum(List<Money> amounts, String currency) {
        return amounts.stream().filter(money -> money.currency().equals(currency)).map(Money::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
