package org.innovationledger.query.ui.reports;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.indicator.IndicatorId;
import org.innovationledger.kernel.indicator.IndicatorKind;
import org.innovationledger.kernel.indicator.IndicatorReport;
import org.innovationledger.kernel.indicator.ReportingPeriodId;
import org.innovationledger.kernel.indicator.ReportingPeriodStatus;
import org.innovationledger.query.ui.Language;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The indicator page's year-on-year rows: the report's own figures and change, nothing made up where one is missing. */
class YearOnYearTest {

    private static final IndicatorReport.Responses ALL_23 = new IndicatorReport.Responses(23, 23, 1, 1, 0, 0,
            new BigDecimal("100.0"));
    private static final IndicatorReport.Headline YES_18 = new IndicatorReport.Headline(18, new BigDecimal("78.3"),
            78, null, null, null);

    @Test
    void aShareComparedWithLastYearIsTheReportsFiguresAndChange() {
        IndicatorReport.Comparison lastYear = new IndicatorReport.Comparison(2020, ReportingPeriodId.of("p-2020"), 1,
                ReportingPeriodStatus.CLOSED,
                new IndicatorReport.Responses(23, 22, 0, 0, 1, 0, new BigDecimal("95.7")),
                new IndicatorReport.Headline(15, new BigDecimal("65.2"), 65, null, null, null),
                new IndicatorReport.Change(1, new BigDecimal("4.3"), 3, new BigDecimal("13.1"), 13, null, null, null));
        List<YearOnYear> rows = YearOnYear.of(report(lastYear));

        assertThat(rows).extracting(YearOnYear::figure).containsExactly("submitted", "responseRate", "yes", "share");
        YearOnYear share = rows.get(3);
        assertThat(share.now()).isEqualTo(new BigDecimal("78.3"));
        assertThat(share.before()).isEqualTo(new BigDecimal("65.2"));
        assertThat(share.change()).isEqualTo(new BigDecimal("13.1"));
        assertThat(share.direction()).isEqualTo("up");
        assertThat(rows.get(0).direction()).isEqualTo("up");
    }

    @Test
    void withoutLastYearsPeriodThereIsNoFigureAndNoChangeNeverAZero() {
        List<YearOnYear> rows = YearOnYear.of(report(null));
        assertThat(rows).extracting(YearOnYear::figure).containsExactly("submitted", "responseRate", "yes", "share");
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.before()).isNull();
            assertThat(row.change()).isNull();
            assertThat(row.direction()).isNull();
        });
    }

    @Test
    void figuresAreWrittenTheReadersWayWithTheirSign() {
        Figures swedish = new Figures(Language.SV);
        assertThat(swedish.format(new BigDecimal("78.3"))).isEqualTo("78,3");
        assertThat(new Figures(Language.EN).format(new BigDecimal("78.3"))).isEqualTo("78.3");
        assertThat(swedish.signed(new BigDecimal("13.1"))).isEqualTo("+13,1");
        assertThat(swedish.signed(-2)).isEqualTo("\u22122");
        assertThat(swedish.signed(new BigDecimal("0.0"))).isEqualTo("\u00b10");
        assertThat(swedish.format(null)).isNull();
        assertThat(swedish.plain(new BigDecimal("1E+1"))).isEqualTo("10");
    }

    private static IndicatorReport report(IndicatorReport.Comparison lastYear) {
        return new IndicatorReport(TenantId.of("region-stockholm"), IndicatorId.of("indicator-methods"), 1,
                "Nämnder /bolag har infört metoder och verktyg", IndicatorKind.BOOLEAN_SHARE, "andel (%)", null, 2021,
                ReportingPeriodId.of("p-2021"), ReportingPeriodStatus.CLOSED, null, null, null, ALL_23, YES_18, null,
                null, null, List.of(), lastYear, 100);
    }
}
