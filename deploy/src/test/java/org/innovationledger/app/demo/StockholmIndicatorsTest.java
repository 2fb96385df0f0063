package org.innovationledger.app.demo;

import org.innovationledger.kernel.indicator.IndicatorReport;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's illustrative answers add up to what the source says of 2021, and to less in 2020. */
class StockholmIndicatorsTest {

    private static final List<StockholmIndicators.Reporter> REPORTERS = StockholmIndicators.REPORTERS;

    @Test
    void twentyThreeBoardsAndCompaniesEachOnce() {
        assertThat(REPORTERS).as("23 nämnder och bolag").hasSize(23);
        assertThat(new HashSet<>(REPORTERS.stream().map(StockholmIndicators.Reporter::key).toList())).hasSize(23);
        assertThat(REPORTERS.stream().filter(r -> r.register() != null)
                .filter(r -> r.register().name().contains("demonamn"))).as("generic names say so").hasSize(6);
        assertThat(REPORTERS).extracting(StockholmIndicators.Reporter::key)
                .doesNotContain("stgoran", "iuu", "region")
                .contains(StockholmIndicators.CORRECTED, StockholmIndicators.LATE);
    }

    @Test
    void in2021EighteenOf23MetTheGoal78Percent() {
        int yes = (int) REPORTERS.stream().filter(StockholmIndicators.Reporter::methods2021).count();
        assertThat(yes).isEqualTo(18);
        assertThat(IndicatorReport.percent(yes, 23, 0)).hasToString("78");
    }

    @Test
    void in2021TwentyOf23ScoredAboveTwoWithAMeanOf2point6() {
        List<BigDecimal> scores = REPORTERS.stream().map(r -> new BigDecimal(r.maturity2021())).toList();
        BigDecimal sum = scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo("59.8");
        assertThat(IndicatorReport.mean(sum, 23)).hasToString("2.6");
        assertThat(scores.stream().filter(s -> s.compareTo(BigDecimal.valueOf(2)) > 0)).hasSize(20);
        assertThat(scores).allSatisfy(s -> assertThat(s).isBetween(BigDecimal.ONE, BigDecimal.valueOf(5)));
    }

    @Test
    void twentyTwentyWasLower() {
        int yes2020 = (int) REPORTERS.stream().filter(r -> Boolean.TRUE.equals(r.methods2020())).count();
        assertThat(IndicatorReport.percent(yes2020, 23, 1)).as("en ökning jämfört med 2020")
                .isLessThan(IndicatorReport.percent(18, 23, 1)).hasToString("65.2");
        List<BigDecimal> scores = REPORTERS.stream().map(StockholmIndicators.Reporter::maturity2020)
                .filter(Objects::nonNull).map(BigDecimal::new).toList();
        BigDecimal mean = IndicatorReport.mean(scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add), scores.size());
        assertThat(mean).hasToString("2.3");
        assertThat(scores).hasSize(22);
    }
}
