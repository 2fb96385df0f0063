package org.innovationledger.query.indicator;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.indicator.IndicatorDefinition;
import org.innovationledger.kernel.indicator.IndicatorId;
import org.innovationledger.kernel.indicator.IndicatorKind;
import org.innovationledger.kernel.indicator.IndicatorReport;
import org.innovationledger.kernel.indicator.IndicatorReport.Change;
import org.innovationledger.kernel.indicator.IndicatorReport.Comparison;
import org.innovationledger.kernel.indicator.IndicatorReport.Headline;
import org.innovationledger.kernel.indicator.IndicatorReport.KindFigures;
import org.innovationledger.kernel.indicator.IndicatorReport.Level;
import org.innovationledger.kernel.indicator.IndicatorReport.Responses;
import org.innovationledger.kernel.indicator.IndicatorReport.Scale;
import org.innovationledger.kernel.indicator.IndicatorReport.Share;
import org.innovationledger.kernel.indicator.IndicatorValue;
import org.innovationledger.kernel.indicator.IndicatorValueCorrected;
import org.innovationledger.kernel.indicator.IndicatorValueSubmitted;
import org.innovationledger.kernel.indicator.NonResponseRecorded;
import org.innovationledger.kernel.indicator.ReportingPeriodClosed;
import org.innovationledger.kernel.indicator.ReportingPeriodId;
import org.innovationledger.kernel.indicator.ReportingPeriodOpened;
import org.innovationledger.kernel.indicator.ReportingPeriodStatus;
import org.innovationledger.kernel.indicator.Threshold;
import org.innovationledger.kernel.indicator.ThresholdComparison;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.organisation.OrganisationUnitKind;
import org.innovationledger.kernel.organisation.OrganisationUnitRegistered;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.innovationledger.kernel.organisation.OrganisationUnitKind.ADMINISTRATION;
import static org.innovationledger.kernel.organisation.OrganisationUnitKind.BOARD;
import static org.innovationledger.kernel.organisation.OrganisationUnitKind.COMPANY;

/**
 * The in-memory fold of the indicator periods, fed the kernel's events in stream order at their global positions:
 * Region Stockholm's two decided indicators (18 of 23 answering yes: 78 %; a self-assessed maturity with a mean of
 * 2.6 and 20 of 23 above level 2). Every expected figure is worked out by hand in the comments.
 */
class IndicatorPeriodsFoldTest {

    private static final TenantId STOCKHOLM = TenantId.of("region-stockholm");
    private static final TenantId VASTERBOTTEN = TenantId.of("region-vasterbotten");
    private static final IndicatorId METHODS = IndicatorId.of("indicator-metoder");
    private static final IndicatorId MATURITY = IndicatorId.of("indicator-mognad");
    private static final IndicatorId VB_METHODS = IndicatorId.of("indicator-vb-metoder");
    private static final List<String> LEVELS = List.of("Nivå 1: enstaka initiativ", "Nivå 2: påbörjat",
            "Nivå 3: etablerat", "Nivå 4: integrerat", "Nivå 5: ledande");
    private static final IndicatorDefinition METHODS_V1 = new IndicatorDefinition("Nämnder/bolag har infört metoder"
            + " och verktyg för att arbeta med innovationer på ett systematiskt sätt i den egna verksamheten",
            IndicatorKind.BOOLEAN_SHARE, "andel nämnder och bolag (%)", "RS 2019-0412", null, null, null);
    private static final Threshold ABOVE_TWO = new Threshold(BigDecimal.valueOf(2), ThresholdComparison.ABOVE);
    private static final IndicatorDefinition MATURITY_V1 = new IndicatorDefinition(
            "Innovationsgrad/Innovationsmognad", IndicatorKind.SCALE_1_5, "nivå 1–5", null, LEVELS, ABOVE_TWO,
            null);

    /**
     * 23 decimal self-assessments adding up to 59.8 (mean 2.6): 1.5, 2, 2, six 2.2, seven 2.5, four 3.1, two 3.5
     * and 4.2. Strictly above 2: 6 + 7 + 4 + 2 + 1 = 20; at 2 or above: 22. By the whole level at or below the
     * score: level 1 holds 1.5; level 2 the two 2s, 2.2s and 2.5s (15); level 3 the 3.1s and 3.5s (6); level 4 4.2.
     */
    private static final List<String> SCORES = scores();

    private final IndicatorPeriodsFold fold = new IndicatorPeriodsFold();
    private final List<OrganisationUnitId> units = new ArrayList<>();
    private long position = 1_000;

    private static List<String> scores() {
        List<String> all = new ArrayList<>();
        all.add("1.5");
        all.addAll(Collections.nCopies(2, "2"));
        all.addAll(Collections.nCopies(6, "2.2"));
        all.addAll(Collections.nCopies(7, "2.5"));
        all.addAll(Collections.nCopies(4, "3.1"));
        all.addAll(Collections.nCopies(2, "3.5"));
        all.add("4.2");
        return List.copyOf(all);
    }

    /** Region Stockholm's 23 boards and companies: units 0-5 boards, 6-17 companies, 18-22 administrations. */
    @BeforeEach
    void units() {
        for (int n = 0; n < 23; n++) {
            OrganisationUnitId unit = OrganisationUnitId.of("unit-sthlm-" + n);
            apply(new OrganisationUnitRegistered(unit, STOCKHOLM, "Nämnd eller bolag " + n,
                    n < 6 ? BOARD : n < 18 ? COMPANY : ADMINISTRATION, null, null));
            units.add(unit);
        }
    }

    /** Applies the event at the next global position (the store's positions skip: +3) and returns the position. */
    private long apply(Object event) {
        position += 3;
        fold.apply(event, position);
        return position;
    }

    private ReportingPeriodId opened(TenantId tenant, IndicatorId indicator, IndicatorDefinition definition, int year,
                                     List<OrganisationUnitId> population) {
        ReportingPeriodId id = ReportingPeriodId.forIndicatorAndYear(tenant, indicator, year);
        apply(new ReportingPeriodOpened(id, tenant, indicator, 1, definition, year, population,
                LocalDate.of(year, 11, 1), LocalDate.of(year + 1, 1, 31)));
        return id;
    }

    private void submitted(ReportingPeriodId period, int unit, IndicatorValue value) {
        submitted(period, units.get(unit), value, false);
    }

    private void submitted(ReportingPeriodId period, OrganisationUnitId unit, IndicatorValue value, boolean late) {
        apply(new IndicatorValueSubmitted(period, unit, value, late ? LocalDate.of(2022, 2, 3)
                : LocalDate.of(2022, 1, 20), late, null));
    }

    private long corrected(ReportingPeriodId period, int unit, IndicatorValue from, IndicatorValue to, int day) {
        return apply(new IndicatorValueCorrected(period, units.get(unit), from, to, LocalDate.of(2022, 1, day),
                "Rättat efter avstämning"));
    }

    private IndicatorReport report(TenantId tenant, IndicatorId indicator, int year) {
        ReportingPeriodId id = ReportingPeriodId.forIndicatorAndYear(tenant, indicator, year);
        return fold.reports(tenant, year).stream().filter(r -> r.periodId().equals(id)).findFirst().orElseThrow();
    }

    /**
     * 2021: units 0-17 answer yes (unit 4 first says no, unit 5 is corrected twice), units 18-20 no, unit 21 is
     * recorded as not responding, unit 22 never answers; unit 7 reports late.
     */
    private ReportingPeriodId methods2021(boolean close) {
        ReportingPeriodId period = opened(STOCKHOLM, METHODS, METHODS_V1, 2021, units);
        for (int n = 0; n <= 20; n++) {
            submitted(period, units.get(n), IndicatorValue.of(n < 18 && n != 4), n == 7);
        }
        apply(new NonResponseRecorded(period, units.get(21), "Ingen kontaktperson", LocalDate.of(2022, 2, 1)));
        corrected(period, 4, IndicatorValue.of(false), IndicatorValue.of(true), 25);
        corrected(period, 5, IndicatorValue.of(true), IndicatorValue.of(false), 26);
        corrected(period, 5, IndicatorValue.of(false), IndicatorValue.of(true), 27);
        if (close) {
            apply(new ReportingPeriodClosed(period, LocalDate.of(2022, 2, 15)));
        }
        return period;
    }

    /** 2020: units 0-14 yes (15), 15-21 no (7), unit 22 not responding. */
    private ReportingPeriodId methods2020() {
        ReportingPeriodId period = opened(STOCKHOLM, METHODS, METHODS_V1, 2020, units);
        for (int n = 0; n < 22; n++) {
            submitted(period, n, IndicatorValue.of(n < 15));
        }
        apply(new NonResponseRecorded(period, units.get(22), null, LocalDate.of(2021, 2, 1)));
        apply(new ReportingPeriodClosed(period, LocalDate.of(2021, 2, 20)));
        return period;
    }

    @Test
    void eighteenOf23AnsweringYesIs78PercentOfThePopulationWithNonResponsesAndMissingUnitsCountedApart() {
        methods2021(true);

        IndicatorReport report = report(STOCKHOLM, METHODS, 2021);
        // 21 submitted of 23 = 91.304… → 91.3; unit 7 late; units 4 and 5 corrected; unit 21 non-response; 22 missing
        assertThat(report.responses()).isEqualTo(new Responses(23, 21, 1, 2, 1, 1, new BigDecimal("91.3")));
        // 18 of 23 = 78.26… → 78.3 (78 whole); of the 21 respondents 85.71… → 85.7; no: 21 - 18 = 3
        assertThat(report.share()).isEqualTo(new Share("POPULATION", 18, 3, 23, new BigDecimal("78.3"), 78,
                new BigDecimal("85.7")));
        assertThat(report.headline()).isEqualTo(new Headline(18, new BigDecimal("78.3"), 78, null, null, null));
        assertThat(report.scale()).isNull();
        assertThat(report.quantity()).isNull();
        assertThat(report.kind()).isEqualTo(IndicatorKind.BOOLEAN_SHARE);
        assertThat(report.wording()).startsWith("Nämnder/bolag har infört metoder");
        assertThat(report.decisionReference()).isEqualTo("RS 2019-0412");
        assertThat(report.byUnitKind()).as("kinds in their declared order; yes of each kind's population")
                .containsExactly(
                        new KindFigures(BOARD, 6, 6, 0, 0, 6, new BigDecimal("100.0"), null, null),
                        new KindFigures(COMPANY, 12, 12, 0, 0, 12, new BigDecimal("100.0"), null, null),
                        new KindFigures(ADMINISTRATION, 5, 3, 1, 1, 0, new BigDecimal("0.0"), null, null));
        assertThat(report.previousYear()).as("no 2020 period").isNull();
    }

    @Test
    void aCorrectionChangesTheValueThatCountsAndTheCorrectedCount() {
        ReportingPeriodId period = opened(STOCKHOLM, METHODS, METHODS_V1, 2021, units);
        for (int n = 0; n <= 20; n++) {
            submitted(period, units.get(n), IndicatorValue.of(n < 18 && n != 4), n == 7);
        }
        // before any correction: units 0-17 but 4 say yes: 17 of 23 = 73.91… → 73.9, 74 whole
        IndicatorReport before = report(STOCKHOLM, METHODS, 2021);
        assertThat(before.headline()).isEqualTo(new Headline(17, new BigDecimal("73.9"), 74, null, null, null));
        assertThat(before.responses().corrected()).isZero();

        corrected(period, 4, IndicatorValue.of(false), IndicatorValue.of(true), 25);
        IndicatorReport afterFirst = report(STOCKHOLM, METHODS, 2021);
        assertThat(afterFirst.headline().yes()).isEqualTo(18);
        assertThat(afterFirst.responses().corrected()).isEqualTo(1);

        corrected(period, 5, IndicatorValue.of(true), IndicatorValue.of(false), 26);
        IndicatorReport unitFiveNo = report(STOCKHOLM, METHODS, 2021);
        assertThat(unitFiveNo.headline().yes()).as("the latest value counts").isEqualTo(17);
        assertThat(unitFiveNo.responses().corrected()).isEqualTo(2);

        long last = corrected(period, 5, IndicatorValue.of(false), IndicatorValue.of(true), 27);
        IndicatorReport unitFiveYesAgain = report(STOCKHOLM, METHODS, 2021);
        assertThat(unitFiveYesAgain.headline().yes()).isEqualTo(18);
        assertThat(unitFiveYesAgain.responses().corrected()).as("units corrected, not corrections").isEqualTo(2);
        assertThat(unitFiveYesAgain.position()).as("the period's last event").isEqualTo(last);
    }

    @Test
    void aScaleWithDecimalsHasAMeanOf2point6With20Of23AboveLevelTwo() {
        ReportingPeriodId period = opened(STOCKHOLM, MATURITY, MATURITY_V1, 2021, units);
        for (int n = 0; n < 23; n++) {
            // unit 16 first reports 1.9 instead of its 3.1
            submitted(period, n, IndicatorValue.of(n == 16 ? "1.9" : SCORES.get(n)));
        }
        // with 1.9: sum 59.8 - 1.2 = 58.6, mean 2.547… → 2.5; above 2: 19; at or above: 21; levels 2, 15, 5, 1, 0
        Scale before = report(STOCKHOLM, MATURITY, 2021).scale();
        assertThat(before.sum()).isEqualByComparingTo("58.6");
        assertThat(before.mean()).isEqualTo(new BigDecimal("2.5"));
        assertThat(before.meetingThreshold()).isEqualTo(19);
        assertThat(before.distribution()).extracting(Level::units).containsExactly(2, 15, 5, 1, 0);

        corrected(period, 16, IndicatorValue.of("1.9"), IndicatorValue.of("3.1"), 24);
        IndicatorReport report = report(STOCKHOLM, MATURITY, 2021);
        Scale scale = report.scale();
        assertThat(scale.sum()).isEqualByComparingTo("59.8");
        assertThat(scale).isEqualTo(new Scale(List.of(new Level(1, LEVELS.get(0), 1), new Level(2, LEVELS.get(1), 15),
                new Level(3, LEVELS.get(2), 6), new Level(4, LEVELS.get(3), 1), new Level(5, LEVELS.get(4), 0)),
                "FLOOR", 23, scale.sum(), new BigDecimal("2.6"), ABOVE_TWO, 20, 22, 20));
        assertThat(report.headline()).isEqualTo(new Headline(null, null, null, new BigDecimal("2.6"), 20, null));
        assertThat(report.responses()).isEqualTo(new Responses(23, 23, 0, 1, 0, 0, new BigDecimal("100.0")));
        assertThat(report.share()).isNull();
        // per kind: boards (units 0-5) 1.5 + 2 + 2 + 3 × 2.2 = 12.1, / 6 = 2.016… → 2.0; companies (6-17)
        // 3 × 2.2 + 7 × 2.5 + 2 × 3.1 = 30.3, / 12 = 2.525 → 2.5; administrations (18-22) 2 × 3.1 + 2 × 3.5 + 4.2
        // = 17.4, / 5 = 3.48 → 3.5
        assertThat(report.byUnitKind()).extracting(KindFigures::kind, KindFigures::mean).containsExactly(
                tuple(BOARD, new BigDecimal("2.0")), tuple(COMPANY, new BigDecimal("2.5")),
                tuple(ADMINISTRATION, new BigDecimal("3.5")));
    }

    @Test
    void thePreviousYearGivesTheChangeInPercentagePointsAndInTheMean() {
        methods2020();
        // maturity 2020: 20 of 23 report, ten 2 and ten 2.2: mean 42 / 20 = 2.1, ten above 2; response rate 87.0
        ReportingPeriodId maturity2020 = opened(STOCKHOLM, MATURITY, MATURITY_V1, 2020, units);
        for (int n = 0; n < 20; n++) {
            submitted(maturity2020, n, IndicatorValue.of(n < 10 ? "2" : "2.2"));
        }
        methods2021(true);
        ReportingPeriodId maturity2021 = opened(STOCKHOLM, MATURITY, MATURITY_V1, 2021, units);
        for (int n = 0; n < 23; n++) {
            submitted(maturity2021, n, IndicatorValue.of(SCORES.get(n)));
        }

        Comparison methods = report(STOCKHOLM, METHODS, 2021).previousYear();
        assertThat(methods.year()).isEqualTo(2020);
        assertThat(methods.periodId()).isEqualTo(ReportingPeriodId.forIndicatorAndYear(STOCKHOLM, METHODS, 2020));
        assertThat(methods.status()).isEqualTo(ReportingPeriodStatus.CLOSED);
        // 22 of 23 = 95.65… → 95.7; 15 of 23 = 65.21… → 65.2, 65 whole
        assertThat(methods.responses()).isEqualTo(new Responses(23, 22, 0, 0, 1, 0, new BigDecimal("95.7")));
        assertThat(methods.headline()).isEqualTo(new Headline(15, new BigDecimal("65.2"), 65, null, null, null));
        // 21 - 22 = -1 submitted; 91.3 - 95.7 = -4.4; 18 - 15 = 3 yes; 78.3 - 65.2 = 13.1 points; 78 - 65 = 13
        assertThat(methods.change()).isEqualTo(new Change(-1, new BigDecimal("-4.4"), 3, new BigDecimal("13.1"), 13,
                null, null, null));

        Comparison maturity = report(STOCKHOLM, MATURITY, 2021).previousYear();
        assertThat(maturity.status()).isEqualTo(ReportingPeriodStatus.OPEN);
        assertThat(maturity.responses()).isEqualTo(new Responses(23, 20, 0, 0, 0, 3, new BigDecimal("87.0")));
        assertThat(maturity.headline()).isEqualTo(new Headline(null, null, null, new BigDecimal("2.1"), 10, null));
        // 23 - 20 = 3; 100.0 - 87.0 = 13.0; 2.6 - 2.1 = 0.5; 20 - 10 = 10 above level 2
        assertThat(maturity.change()).isEqualTo(new Change(3, new BigDecimal("13.0"), null, null, null,
                new BigDecimal("0.5"), 10, null));

        assertThat(fold.reports(STOCKHOLM, 2021)).as("the year's periods in the order they were opened")
                .extracting(IndicatorReport::indicatorId).containsExactly(METHODS, MATURITY);
        assertThat(fold.reports(STOCKHOLM, 2020)).extracting(IndicatorReport::indicatorId)
                .containsExactly(METHODS, MATURITY);
        assertThat(report(STOCKHOLM, METHODS, 2020).previousYear()).as("no 2019 period").isNull();
    }

    @Test
    void anotherRegionsPeriodsAndUnitsAndEventsOfUnknownPeriodsAreIgnored() {
        OrganisationUnitId vbBoard = OrganisationUnitId.of("unit-vb-0");
        OrganisationUnitId vbCompany = OrganisationUnitId.of("unit-vb-1");
        apply(new OrganisationUnitRegistered(vbBoard, VASTERBOTTEN, "Hälso- och sjukvårdsnämnden", BOARD, null,
                null));
        apply(new OrganisationUnitRegistered(vbCompany, VASTERBOTTEN, "Länstrafiken", COMPANY, null, null));
        ReportingPeriodId vbPeriod = opened(VASTERBOTTEN, VB_METHODS, METHODS_V1, 2021, List.of(vbBoard, vbCompany));
        ReportingPeriodId period = methods2021(false);
        submitted(vbPeriod, vbBoard, IndicatorValue.of(true), false);
        submitted(vbPeriod, vbCompany, IndicatorValue.of(false), false);
        // a unit of another region reports into Stockholm's period: it is not of the population
        submitted(period, vbCompany, IndicatorValue.of(true), false);
        apply(new NonResponseRecorded(period, vbBoard, null, LocalDate.of(2022, 2, 1)));
        // events of a period never opened
        ReportingPeriodId unknown = ReportingPeriodId.of("period-never-opened");
        apply(new IndicatorValueSubmitted(unknown, units.get(22), IndicatorValue.of(true), LocalDate.of(2022, 1, 20),
                false, null));
        apply(new IndicatorValueCorrected(unknown, units.get(0), IndicatorValue.of(true), IndicatorValue.of(false),
                LocalDate.of(2022, 1, 21), null));
        apply(new NonResponseRecorded(unknown, units.get(1), null, LocalDate.of(2022, 2, 1)));
        apply(new ReportingPeriodClosed(unknown, LocalDate.of(2022, 2, 15)));

        assertThat(fold.reports(STOCKHOLM, 2021)).hasSize(1);
        IndicatorReport report = report(STOCKHOLM, METHODS, 2021);
        assertThat(report.responses()).as("as without the foreign events")
                .isEqualTo(new Responses(23, 21, 1, 2, 1, 1, new BigDecimal("91.3")));
        assertThat(report.share().yes()).isEqualTo(18);
        assertThat(report.byUnitKind()).extracting(KindFigures::kind).containsExactly(BOARD, COMPANY, ADMINISTRATION);

        List<IndicatorReport> vasterbotten = fold.reports(VASTERBOTTEN, 2021);
        assertThat(vasterbotten).singleElement().satisfies(vb -> {
            assertThat(vb.tenant()).isEqualTo(VASTERBOTTEN);
            // 1 of 2 = 50.0
            assertThat(vb.share()).isEqualTo(new Share("POPULATION", 1, 1, 2, new BigDecimal("50.0"), 50,
                    new BigDecimal("50.0")));
            assertThat(vb.byUnitKind()).extracting(KindFigures::kind, KindFigures::population).containsExactly(
                    tuple(BOARD, 1), tuple(COMPANY, 1));
        });
        assertThat(fold.reports(STOCKHOLM, 2022)).isEmpty();
    }

    @Test
    void aClosedPeriodReportsItsClosingDate() {
        ReportingPeriodId period = methods2021(false);
        IndicatorReport open = report(STOCKHOLM, METHODS, 2021);
        assertThat(open.status()).isEqualTo(ReportingPeriodStatus.OPEN);
        assertThat(open.closedOn()).isNull();
        assertThat(open.opensOn()).isEqualTo(LocalDate.of(2021, 11, 1));
        assertThat(open.dueOn()).isEqualTo(LocalDate.of(2022, 1, 31));

        long closing = apply(new ReportingPeriodClosed(period, LocalDate.of(2022, 2, 15)));
        IndicatorReport closed = report(STOCKHOLM, METHODS, 2021);
        assertThat(closed.status()).isEqualTo(ReportingPeriodStatus.CLOSED);
        assertThat(closed.closedOn()).isEqualTo(LocalDate.of(2022, 2, 15));
        assertThat(closed.position()).isEqualTo(closing);
        assertThat(closed.share()).as("closing changes no figure").isEqualTo(open.share());
        assertThat(closed.responses()).isEqualTo(open.responses());
    }
}
