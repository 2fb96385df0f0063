package org.innovationledger.query.indicator;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.indicator.FetchIndicatorReport;
import org.innovationledger.kernel.indicator.FetchIndicators;
import org.innovationledger.kernel.indicator.FetchReportingPeriods;
import org.innovationledger.kernel.indicator.FindIndicator;
import org.innovationledger.kernel.indicator.FindReportingPeriod;
import org.innovationledger.kernel.indicator.IndicatorDefined;
import org.innovationledger.kernel.indicator.IndicatorDefinition;
import org.innovationledger.kernel.indicator.IndicatorId;
import org.innovationledger.kernel.indicator.IndicatorKind;
import org.innovationledger.kernel.indicator.IndicatorReport;
import org.innovationledger.kernel.indicator.IndicatorRevised;
import org.innovationledger.kernel.indicator.IndicatorValue;
import org.innovationledger.kernel.indicator.IndicatorValueCorrected;
import org.innovationledger.kernel.indicator.IndicatorValueSubmitted;
import org.innovationledger.kernel.indicator.IndicatorView;
import org.innovationledger.kernel.indicator.NonResponseRecorded;
import org.innovationledger.kernel.indicator.ReportingPeriodClosed;
import org.innovationledger.kernel.indicator.ReportingPeriodId;
import org.innovationledger.kernel.indicator.ReportingPeriodOpened;
import org.innovationledger.kernel.indicator.ReportingPeriodStatus;
import org.innovationledger.kernel.indicator.ReportingPeriodSummary;
import org.innovationledger.kernel.indicator.ReportingPeriodView;
import org.innovationledger.kernel.indicator.ResponseStatus;
import org.innovationledger.kernel.indicator.Threshold;
import org.innovationledger.kernel.indicator.ThresholdComparison;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.organisation.OrganisationUnitKind;
import org.innovationledger.kernel.organisation.OrganisationUnitRegistered;
import org.innovationledger.query.testsupport.EventLog;
import org.innovationledger.query.testsupport.InMemoryMongo;
import org.innovationledger.query.testsupport.Projector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.kernel.organisation.OrganisationUnitKind.ADMINISTRATION;
import static org.innovationledger.kernel.organisation.OrganisationUnitKind.BOARD;
import static org.innovationledger.kernel.organisation.OrganisationUnitKind.COMPANY;

/** Fed Region Stockholm's reporting of its two decided indicators: 78 % of 23, and 20 of 23 above level 2, mean 2.6. */
class IndicatorProjectionTest {

    @RegisterExtension
    static final InMemoryMongo MONGO = new InMemoryMongo();

    private static final TenantId STOCKHOLM = TenantId.of("region-stockholm");
    private static final TenantId VASTERBOTTEN = TenantId.of("region-vasterbotten");
    private static final IndicatorId METHODS = IndicatorId.of("indicator-metoder");
    private static final IndicatorId MATURITY = IndicatorId.of("indicator-mognad");
    private static final List<String> LEVELS = List.of("Nivå 1 (illustrativ)", "Nivå 2 (illustrativ)",
            "Nivå 3 (illustrativ)", "Nivå 4 (illustrativ)", "Nivå 5 (illustrativ)");
    private static final IndicatorDefinition METHODS_V1 = new IndicatorDefinition("Nämnder/bolag har infört metoder"
            + " och verktyg för att arbeta med innovationer på ett systematiskt sätt i den egna verksamheten",
            IndicatorKind.BOOLEAN_SHARE, "andel nämnder och bolag (%)", null, null, null, null);
    private static final IndicatorDefinition MATURITY_V1 = new IndicatorDefinition(
            "Innovationsgrad/Innovationsmognad", IndicatorKind.SCALE_1_5, "nivå 1–5", null, LEVELS,
            new Threshold(BigDecimal.valueOf(2), ThresholdComparison.ABOVE), "Nivåtexterna är illustrativa");

    /** 23 scores adding up to 59.8 (mean 2.6): 1.8, 2.0, 2.0 and twenty above 2 (ten 2.5, four 2.75, six 3). */
    static final List<String> MATURITY_2021 = scores(Map.of("1.8", 1, "2.0", 2, "2.5", 10, "2.75", 4, "3", 6));

    private EventLog log;
    private Projector projector;
    /** Region Stockholm's 23 boards and companies: 6 boards, 12 companies, 5 administrations (in turn). */
    private final List<OrganisationUnitId> units = new ArrayList<>();

    @BeforeEach
    void setUp() {
        log = new EventLog(500);
        projector = new Projector(new IndicatorProjection(MONGO.template()));
        for (int n = 0; n < 23; n++) {
            units.add(unit(STOCKHOLM, "unit-sthlm-" + n, n < 6 ? BOARD : n < 18 ? COMPANY : ADMINISTRATION));
        }
        defined(STOCKHOLM, METHODS, METHODS_V1);
        defined(STOCKHOLM, MATURITY, MATURITY_V1);
    }

    private static List<String> scores(Map<String, Integer> counts) {
        List<String> all = new ArrayList<>();
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> all.addAll(Collections.nCopies(e.getValue(), e.getKey())));
        return List.copyOf(all);
    }

    private OrganisationUnitId unit(TenantId tenant, String id, OrganisationUnitKind kind) {
        OrganisationUnitId unit = OrganisationUnitId.of(id);
        log.unitRegistered(new OrganisationUnitRegistered(unit, tenant, "Enhet " + id, kind, null, null), "admin");
        return unit;
    }

    private void defined(TenantId tenant, IndicatorId id, IndicatorDefinition definition) {
        log.append("Indicator", id.value(), new IndicatorDefined(id, tenant, 1, definition),
                EventLog.metadata("strateg", tenant), null);
    }

    private TrackedEventMessage<?> event(ReportingPeriodId period, Object payload) {
        return log.append("ReportingPeriod", period.value(), payload, EventLog.metadata("strateg", STOCKHOLM), null);
    }

    private ReportingPeriodId opened(IndicatorId indicator, IndicatorDefinition definition, int year,
                                     List<OrganisationUnitId> population) {
        ReportingPeriodId id = ReportingPeriodId.forIndicatorAndYear(STOCKHOLM, indicator, year);
        event(id, new ReportingPeriodOpened(id, STOCKHOLM, indicator, 1, definition, year, population,
                LocalDate.of(year, 11, 1), LocalDate.of(year + 1, 1, 31)));
        return id;
    }

    private void submitted(ReportingPeriodId period, OrganisationUnitId unit, IndicatorValue value, boolean late) {
        event(period, new IndicatorValueSubmitted(period, unit, value, late ? LocalDate.of(2022, 2, 7)
                : LocalDate.of(2022, 1, 20), late, null));
    }

    private void closed(ReportingPeriodId period) {
        event(period, new ReportingPeriodClosed(period, LocalDate.of(2022, 2, 15)));
    }

    /** 2021: 18 of the 23 say yes; one of them first said no and corrected it, one reported late. */
    private ReportingPeriodId methods2021() {
        ReportingPeriodId period = opened(METHODS, METHODS_V1, 2021, units);
        for (int n = 0; n < 23; n++) {
            submitted(period, units.get(n), IndicatorValue.of(n < 18 && n != 4), n == 7);
        }
        event(period, new IndicatorValueCorrected(period, units.get(4), IndicatorValue.of(false),
                IndicatorValue.of(true), LocalDate.of(2022, 1, 25), "Fel svar"));
        closed(period);
        return period;
    }

    /** 2020: 15 yes, 7 no, one recorded as not responding. */
    private ReportingPeriodId methods2020() {
        ReportingPeriodId period = opened(METHODS, METHODS_V1, 2020, units);
        for (int n = 0; n < 22; n++) {
            submitted(period, units.get(n), IndicatorValue.of(n < 15), false);
        }
        event(period, new NonResponseRecorded(period, units.get(22), "Inget svar", LocalDate.of(2021, 2, 1)));
        closed(period);
        return period;
    }

    private ReportingPeriodId maturity2021() {
        ReportingPeriodId period = opened(MATURITY, MATURITY_V1, 2021, units);
        for (int n = 0; n < 23; n++) {
            submitted(period, units.get(n), IndicatorValue.of(MATURITY_2021.get(n)), false);
        }
        closed(period);
        return period;
    }

    @Test
    void eighteenOf23AnsweringYesIs78PercentOfThePopulation() {
        methods2021();
        projector.deliver(log.all());

        IndicatorReport report = report(METHODS, 2021).orElseThrow();
        assertThat(report.kind()).isEqualTo(IndicatorKind.BOOLEAN_SHARE);
        assertThat(report.wording()).startsWith("Nämnder/bolag har infört metoder");
        assertThat(report.status()).isEqualTo(ReportingPeriodStatus.CLOSED);
        assertThat(report.responses()).isEqualTo(new IndicatorReport.Responses(23, 23, 1, 1, 0, 0,
                new BigDecimal("100.0")));
        assertThat(report.share()).isEqualTo(new IndicatorReport.Share("POPULATION", 18, 5, 23,
                new BigDecimal("78.3"), 78, new BigDecimal("78.3")));
        assertThat(report.headline()).isEqualTo(new IndicatorReport.Headline(18, new BigDecimal("78.3"), 78, null,
                null, null));
        assertThat(report.scale()).isNull();
        assertThat(report.quantity()).isNull();
        assertThat(report.previousYear()).as("no 2020 period").isNull();
        assertThat(report.position()).isEqualTo(log.all().get(log.all().size() - 1).trackingToken().position()
                .orElseThrow());
    }

    @Test
    void twentyOf23AboveLevelTwoWithAMeanOf2point6() {
        maturity2021();
        projector.deliver(log.all());

        IndicatorReport.Scale scale = report(MATURITY, 2021).orElseThrow().scale();
        assertThat(scale.respondents()).isEqualTo(23);
        assertThat(scale.sum()).isEqualByComparingTo("59.8");
        assertThat(scale.mean()).hasToString("2.6");
        assertThat(scale.threshold()).isEqualTo(new Threshold(BigDecimal.valueOf(2), ThresholdComparison.ABOVE));
        assertThat(scale.meetingThreshold()).as("drygt nivå 2: strictly above").isEqualTo(20);
        assertThat(scale.aboveThreshold()).isEqualTo(20);
        assertThat(scale.atOrAboveThreshold()).as("the two at exactly 2 too").isEqualTo(22);
        assertThat(scale.levelOfScore()).isEqualTo("FLOOR");
        assertThat(scale.distribution()).extracting(IndicatorReport.Level::units)
                .as("1.8 at level 1; 2.0, 2.5, 2.75 at level 2; 3 at level 3").containsExactly(1, 16, 6, 0, 0);
        assertThat(scale.distribution().get(0).text()).isEqualTo("Nivå 1 (illustrativ)");
        IndicatorReport report = report(MATURITY, 2021).orElseThrow();
        assertThat(report.headline()).isEqualTo(new IndicatorReport.Headline(null, null, null,
                new BigDecimal("2.6"), 20, null));
        assertThat(report.share()).isNull();
    }

    @Test
    void readingBTwentyRespondentsAveraging2point6AndThreeNonResponses() {
        ReportingPeriodId period = opened(MATURITY, MATURITY_V1, 2021, units);
        List<String> scores = scores(Map.of("2", 4, "2.5", 8, "3", 8));
        for (int n = 0; n < 20; n++) {
            submitted(period, units.get(n), IndicatorValue.of(scores.get(n)), false);
        }
        for (int n = 20; n < 23; n++) {
            event(period, new NonResponseRecorded(period, units.get(n), null, LocalDate.of(2022, 2, 1)));
        }
        projector.deliver(log.all());

        IndicatorReport report = report(MATURITY, 2021).orElseThrow();
        assertThat(report.responses()).isEqualTo(new IndicatorReport.Responses(23, 20, 0, 0, 3, 0,
                new BigDecimal("87.0")));
        assertThat(report.scale().sum()).isEqualByComparingTo("52");
        assertThat(report.scale().mean()).hasToString("2.6");
        assertThat(report.scale().meetingThreshold()).isEqualTo(16);
        assertThat(report.status()).isEqualTo(ReportingPeriodStatus.OPEN);
    }

    @Test
    void theChangeFrom2020IsPositiveForTheHeadlineFigures() {
        methods2020();
        methods2021();
        ReportingPeriodId maturity2020 = opened(MATURITY, MATURITY_V1, 2020, units);
        for (int n = 0; n < 22; n++) {
            submitted(maturity2020, units.get(n), IndicatorValue.of(n < 14 ? "2.5" : "2"), false);
        }
        maturity2021();
        projector.deliver(log.all());

        IndicatorReport methods = report(METHODS, 2021).orElseThrow();
        IndicatorReport.Comparison previous = methods.previousYear();
        assertThat(previous.year()).isEqualTo(2020);
        assertThat(previous.periodId()).isEqualTo(ReportingPeriodId.forIndicatorAndYear(STOCKHOLM, METHODS, 2020));
        assertThat(previous.responses()).isEqualTo(new IndicatorReport.Responses(23, 22, 0, 0, 1, 0,
                new BigDecimal("95.7")));
        assertThat(previous.headline()).isEqualTo(new IndicatorReport.Headline(15, new BigDecimal("65.2"), 65, null,
                null, null));
        assertThat(previous.change()).isEqualTo(new IndicatorReport.Change(1, new BigDecimal("4.3"), 3,
                new BigDecimal("13.1"), 13, null, null, null));
        assertThat(report(METHODS, 2020).orElseThrow().previousYear()).as("no 2019").isNull();

        IndicatorReport.Comparison maturity = report(MATURITY, 2021).orElseThrow().previousYear();
        assertThat(maturity.headline().mean()).as("51 / 22 = 2.318…").hasToString("2.3");
        assertThat(maturity.responses().missing()).isEqualTo(1);
        assertThat(maturity.status()).isEqualTo(ReportingPeriodStatus.OPEN);
        assertThat(maturity.change().mean()).hasToString("0.3");
        assertThat(maturity.change().meetingThreshold()).isEqualTo(6);
        assertThat(maturity.change().share()).isNull();
    }

    @Test
    void lateSubmissionsCorrectionsNonResponsesAndMissingUnitsAreCountedApart() {
        List<OrganisationUnitId> ten = units.subList(0, 10);
        ReportingPeriodId period = opened(METHODS, METHODS_V1, 2021, ten);
        submitted(period, ten.get(0), IndicatorValue.of(true), false);
        submitted(period, ten.get(1), IndicatorValue.of(true), true);
        submitted(period, ten.get(2), IndicatorValue.of(false), true);
        submitted(period, ten.get(3), IndicatorValue.of(true), false);
        event(period, new IndicatorValueCorrected(period, ten.get(3), IndicatorValue.of(true), IndicatorValue.of(false),
                LocalDate.of(2022, 1, 22), null));
        event(period, new IndicatorValueCorrected(period, ten.get(3), IndicatorValue.of(false), IndicatorValue.of(true),
                LocalDate.of(2022, 1, 23), "Rätt till slut"));
        submitted(period, ten.get(4), IndicatorValue.of(false), false);
        event(period, new IndicatorValueCorrected(period, ten.get(4), IndicatorValue.of(false), IndicatorValue.of(true),
                LocalDate.of(2022, 1, 24), null));
        event(period, new NonResponseRecorded(period, ten.get(5), "Ingen kontaktperson", LocalDate.of(2022, 2, 1)));
        event(period, new NonResponseRecorded(period, ten.get(6), null, LocalDate.of(2022, 2, 1)));
        submitted(period, ten.get(6), IndicatorValue.of(false), true); // reported after all
        projector.deliver(log.all());

        IndicatorReport report = report(METHODS, 2021).orElseThrow();
        assertThat(report.responses()).as("6 submitted (3 late, 2 corrected), 1 non-response, 3 missing")
                .isEqualTo(new IndicatorReport.Responses(10, 6, 3, 2, 1, 3, new BigDecimal("60.0")));
        assertThat(report.share()).as("the latest value counts: units 0, 1, 3, 4 say yes")
                .isEqualTo(new IndicatorReport.Share("POPULATION", 4, 2, 10, new BigDecimal("40.0"), 40,
                        new BigDecimal("66.7")));

        ReportingPeriodView view = projector.query(new FindReportingPeriod(STOCKHOLM, period),
                ResponseTypes.optionalInstanceOf(ReportingPeriodView.class)).orElseThrow();
        assertThat(view.units()).extracting(ReportingPeriodView.UnitResponse::status).containsExactly(
                ResponseStatus.SUBMITTED, ResponseStatus.SUBMITTED, ResponseStatus.SUBMITTED, ResponseStatus.SUBMITTED,
                ResponseStatus.SUBMITTED, ResponseStatus.NON_RESPONSE, ResponseStatus.SUBMITTED,
                ResponseStatus.MISSING, ResponseStatus.MISSING, ResponseStatus.MISSING);
        ReportingPeriodView.UnitResponse corrected = view.units().get(3);
        assertThat(corrected.value()).isEqualTo(IndicatorValue.of(true));
        assertThat(corrected.submittedValue()).isEqualTo(IndicatorValue.of(true));
        assertThat(corrected.corrections()).containsExactly(
                new ReportingPeriodView.Correction(IndicatorValue.of(true), IndicatorValue.of(false),
                        LocalDate.of(2022, 1, 22), null),
                new ReportingPeriodView.Correction(IndicatorValue.of(false), IndicatorValue.of(true),
                        LocalDate.of(2022, 1, 23), "Rätt till slut"));
        assertThat(view.units().get(5).nonResponseReason()).isEqualTo("Ingen kontaktperson");
        ReportingPeriodView.UnitResponse lateAfterAll = view.units().get(6);
        assertThat(lateAfterAll.late()).isTrue();
        assertThat(lateAfterAll.nonResponseRecordedOn()).as("the non-response stays on record")
                .isEqualTo(LocalDate.of(2022, 2, 1));
        assertThat(view.units().get(7).value()).isNull();
        assertThat(view.version()).isEqualTo(11);
        assertThat(view.status()).isEqualTo(ReportingPeriodStatus.OPEN);

        assertThat(periods(STOCKHOLM, METHODS, 2021)).containsExactly(new ReportingPeriodSummary(period, STOCKHOLM,
                METHODS, 1, METHODS_V1.wording(), IndicatorKind.BOOLEAN_SHARE, 2021, LocalDate.of(2021, 11, 1),
                LocalDate.of(2022, 1, 31), ReportingPeriodStatus.OPEN, null, 10, 6, 1, 3, 11, view.position()));
    }

    @Test
    void theBreakdownByKindUsesTheProjectionsOwnCopyOfTheUnitsKinds() {
        methods2021();
        maturity2021();
        projector.deliver(log.all());

        List<IndicatorReport.KindFigures> methods = report(METHODS, 2021).orElseThrow().byUnitKind();
        assertThat(methods).extracting(IndicatorReport.KindFigures::kind).containsExactly(BOARD, COMPANY, ADMINISTRATION);
        assertThat(methods.get(0)).isEqualTo(new IndicatorReport.KindFigures(BOARD, 6, 6, 0, 0, 6,
                new BigDecimal("100.0"), null, null));
        assertThat(methods.get(1)).as("units 6-17 all yes").isEqualTo(new IndicatorReport.KindFigures(COMPANY, 12,
                12, 0, 0, 12, new BigDecimal("100.0"), null, null));
        assertThat(methods.get(2).yes()).isZero();
        assertThat(methods.stream().mapToInt(IndicatorReport.KindFigures::yes).sum()).isEqualTo(18);

        List<IndicatorReport.KindFigures> maturity = report(MATURITY, 2021).orElseThrow().byUnitKind();
        assertThat(maturity.get(0).mean()).as("1.8, 2.0, 2.0, 2.5, 2.5, 2.5: 13.3 / 6").hasToString("2.2");
        assertThat(maturity.get(0).yes()).isNull();
        assertThat(maturity.get(0).sum()).isNull();
    }

    @Test
    void countsAndNumbersAreSummedAndAveraged() {
        IndicatorId ideas = IndicatorId.of("indicator-ideer");
        IndicatorDefinition count = new IndicatorDefinition("Inkomna idéer", IndicatorKind.COUNT, "st", null, null,
                new Threshold(BigDecimal.TEN, ThresholdComparison.AT_OR_ABOVE), null);
        defined(STOCKHOLM, ideas, count);
        ReportingPeriodId period = opened(ideas, count, 2021, units.subList(0, 4));
        submitted(period, units.get(0), IndicatorValue.of("10"), false);
        submitted(period, units.get(1), IndicatorValue.of("3"), false);
        submitted(period, units.get(2), IndicatorValue.of("25"), false);
        projector.deliver(log.all());

        IndicatorReport report = report(ideas, 2021).orElseThrow();
        assertThat(report.quantity()).isEqualTo(new IndicatorReport.Quantity(3, new BigDecimal("38"),
                new BigDecimal("12.7"), count.threshold(), 2));
        assertThat(report.headline().sum()).isEqualByComparingTo("38");
        assertThat(report.responses().missing()).isEqualTo(1);
        assertThat(report.byUnitKind().get(0).sum()).isEqualByComparingTo("38");
        assertThat(report.scale()).isNull();
    }

    @Test
    void theCatalogueKeepsEveryVersionAndPeriodsKeepTheirs() {
        IndicatorDefinition v2 = new IndicatorDefinition(MATURITY_V1.wording(), IndicatorKind.SCALE_1_5, "nivå 1–5",
                "RS 2022-0001", LEVELS, new Threshold(BigDecimal.valueOf(3), ThresholdComparison.AT_OR_ABOVE), null);
        maturity2021();
        log.append("Indicator", MATURITY.value(), new IndicatorRevised(MATURITY, 2, v2, "Ny tröskel"),
                EventLog.metadata("strateg", STOCKHOLM), null);
        defined(VASTERBOTTEN, IndicatorId.of("indicator-vll"), METHODS_V1);
        projector.deliver(log.all());

        assertThat(indicators(STOCKHOLM)).extracting(v -> v.indicatorId().value() + "@" + v.version())
                .as("by wording").containsExactly("indicator-mognad@2", "indicator-metoder@1");
        IndicatorView newest = indicator(STOCKHOLM, MATURITY, null).orElseThrow();
        assertThat(newest.definition()).isEqualTo(v2);
        assertThat(newest.changeNote()).isEqualTo("Ny tröskel");
        assertThat(newest.versions()).containsExactly(1, 2);
        assertThat(indicator(STOCKHOLM, MATURITY, 1).orElseThrow().definition()).isEqualTo(MATURITY_V1);
        assertThat(indicator(STOCKHOLM, MATURITY, 3)).isEmpty();
        assertThat(indicator(VASTERBOTTEN, MATURITY, null)).as("another region's").isEmpty();
        assertThat(indicators(VASTERBOTTEN)).hasSize(1);

        IndicatorReport report = report(MATURITY, 2021).orElseThrow();
        assertThat(report.indicatorVersion()).as("the period keeps the version it was opened with").isEqualTo(1);
        assertThat(report.scale().meetingThreshold()).isEqualTo(20);
    }

    @Test
    void onlyTheRegionsOwnPeriodsAndReportsAreAnswered() {
        methods2021();
        projector.deliver(log.all());

        assertThat(report(METHODS, 2022)).isEmpty();
        assertThat(projector.query(new FetchIndicatorReport(VASTERBOTTEN, METHODS, 2021),
                ResponseTypes.optionalInstanceOf(IndicatorReport.class))).isEmpty();
        assertThat(periods(VASTERBOTTEN, null, null)).isEmpty();
        assertThat(periods(STOCKHOLM, null, null)).hasSize(1);
        assertThat(periods(STOCKHOLM, MATURITY, null)).isEmpty();
        ReportingPeriodId id = ReportingPeriodId.forIndicatorAndYear(STOCKHOLM, METHODS, 2021);
        assertThat(projector.query(new FindReportingPeriod(VASTERBOTTEN, id),
                ResponseTypes.optionalInstanceOf(ReportingPeriodView.class))).isEmpty();
    }

    @Test
    void redeliveryChangesNothing() {
        methods2020();
        methods2021();
        maturity2021();
        projector.deliver(log.all());
        IndicatorReport before = report(METHODS, 2021).orElseThrow();
        Map<String, ?> documents = MONGO.snapshot(IndicatorDocument.COLLECTION, ReportingPeriodDocument.COLLECTION,
                IndicatorUnitDocument.COLLECTION);

        projector.deliver(log.all());
        projector.deliver(log.all().subList(30, 60)); // older submissions again after everything else

        assertThat(MONGO.snapshot(IndicatorDocument.COLLECTION, ReportingPeriodDocument.COLLECTION,
                IndicatorUnitDocument.COLLECTION)).isEqualTo(documents);
        assertThat(report(METHODS, 2021)).contains(before);
    }

    @Test
    void resetEmptiesTheReadModelAndAReplayRebuildsItIdentically() {
        methods2020();
        methods2021();
        maturity2021();
        projector.deliver(log.all());
        IndicatorReport report = report(MATURITY, 2021).orElseThrow();
        Map<String, ?> documents = MONGO.snapshot(IndicatorDocument.COLLECTION, ReportingPeriodDocument.COLLECTION,
                IndicatorUnitDocument.COLLECTION);
        MONGO.template().getCollection("missions").insertOne(new org.bson.Document("_id", "mission-x"));

        projector.reset();

        assertThat(MONGO.count(ReportingPeriodDocument.COLLECTION)).isZero();
        assertThat(MONGO.count(IndicatorDocument.COLLECTION)).isZero();
        assertThat(MONGO.count(IndicatorUnitDocument.COLLECTION)).isZero();
        assertThat(MONGO.count("missions")).as("another read model survives").isEqualTo(1);

        projector.replay(log.all());

        assertThat(MONGO.snapshot(IndicatorDocument.COLLECTION, ReportingPeriodDocument.COLLECTION,
                IndicatorUnitDocument.COLLECTION)).isEqualTo(documents);
        assertThat(report(MATURITY, 2021)).contains(report);
    }

    private Optional<IndicatorReport> report(IndicatorId indicator, int year) {
        return projector.query(new FetchIndicatorReport(STOCKHOLM, indicator, year),
                ResponseTypes.optionalInstanceOf(IndicatorReport.class));
    }

    private List<ReportingPeriodSummary> periods(TenantId tenant, IndicatorId indicator, Integer year) {
        return projector.query(new FetchReportingPeriods(tenant, indicator, year),
                ResponseTypes.multipleInstancesOf(ReportingPeriodSummary.class));
    }

    private List<IndicatorView> indicators(TenantId tenant) {
        return projector.query(new FetchIndicators(tenant), ResponseTypes.multipleInstancesOf(IndicatorView.class));
    }

    private Optional<IndicatorView> indicator(TenantId tenant, IndicatorId id, Integer version) {
        return projector.query(new FindIndicator(tenant, id, version),
                ResponseTypes.optionalInstanceOf(IndicatorView.class));
    }
}
