package org.innovationledger.command.indicator;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.innovationledger.command.infra.LedgerCalendar;
import org.innovationledger.command.organisation.InMemoryOrganisationUnitDirectory;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.indicator.CloseReportingPeriod;
import org.innovationledger.kernel.indicator.CorrectIndicatorValue;
import org.innovationledger.kernel.indicator.IndicatorDefinition;
import org.innovationledger.kernel.indicator.IndicatorId;
import org.innovationledger.kernel.indicator.IndicatorKind;
import org.innovationledger.kernel.indicator.IndicatorValue;
import org.innovationledger.kernel.indicator.IndicatorValueCorrected;
import org.innovationledger.kernel.indicator.IndicatorValueSubmitted;
import org.innovationledger.kernel.indicator.NonResponseRecorded;
import org.innovationledger.kernel.indicator.OpenReportingPeriod;
import org.innovationledger.kernel.indicator.RecordNonResponse;
import org.innovationledger.kernel.indicator.ReportingPeriodClosed;
import org.innovationledger.kernel.indicator.ReportingPeriodId;
import org.innovationledger.kernel.indicator.ReportingPeriodOpened;
import org.innovationledger.kernel.indicator.SubmitIndicatorValue;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.organisation.OrganisationUnitKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.hamcrest.Matchers.containsString;
import static org.innovationledger.command.RuleViolationMatchers.violatesRule;

/** Region Stockholm's 2021 reporting of its two decided indicators, over a few of its boards and companies. */
class ReportingPeriodTest {

    private static final TenantId STOCKHOLM = TenantId.of("region-stockholm");
    private static final TenantId VASTERBOTTEN = TenantId.of("region-vasterbotten");

    private static final IndicatorId METHODS = IndicatorId.of("indicator-metoder");
    private static final IndicatorId MATURITY = IndicatorId.of("indicator-mognad");
    private static final ReportingPeriodId MATURITY_2021 =
            ReportingPeriodId.forIndicatorAndYear(STOCKHOLM, MATURITY, 2021);
    private static final ReportingPeriodId METHODS_2021 =
            ReportingPeriodId.forIndicatorAndYear(STOCKHOLM, METHODS, 2021);

    private static final OrganisationUnitId PATIENTNAMNDEN = OrganisationUnitId.of("unit-patientnamnden");
    private static final OrganisationUnitId LOCUM = OrganisationUnitId.of("unit-locum");
    private static final OrganisationUnitId AISAB = OrganisationUnitId.of("unit-aisab");
    private static final OrganisationUnitId NUS = OrganisationUnitId.of("unit-nus");
    private static final List<OrganisationUnitId> POPULATION = List.of(PATIENTNAMNDEN, LOCUM, AISAB);

    private static final LocalDate OPENS = LocalDate.of(2021, 11, 1);
    private static final LocalDate DUE = LocalDate.of(2022, 1, 31);
    private static final LocalDate SUBMITTED = LocalDate.of(2022, 1, 20);
    private static final LocalDate TODAY = LocalDate.of(2022, 3, 1);

    private AggregateTestFixture<ReportingPeriod> fixture;
    private final Set<ReportingPeriodId> existing = new HashSet<>();

    @BeforeEach
    void setUp() {
        fixture = newFixture();
    }

    /** A fixture serves one aggregate: scenarios with another period need their own. */
    private AggregateTestFixture<ReportingPeriod> newFixture() {
        AggregateTestFixture<ReportingPeriod> fixture = new AggregateTestFixture<>(ReportingPeriod.class);
        fixture.registerInjectableResource(new Indicators.InMemoryCatalogue()
                .add(STOCKHOLM, METHODS, 1, Indicators.methods())
                .add(STOCKHOLM, MATURITY, 1, Indicators.of(IndicatorKind.SCALE_1_5))
                .add(STOCKHOLM, MATURITY, 2, revisedMaturity()));
        fixture.registerInjectableResource(new InMemoryOrganisationUnitDirectory()
                .add(PATIENTNAMNDEN, STOCKHOLM, OrganisationUnitKind.BOARD)
                .add(LOCUM, STOCKHOLM, OrganisationUnitKind.COMPANY)
                .add(AISAB, STOCKHOLM, OrganisationUnitKind.COMPANY)
                .add(NUS, VASTERBOTTEN, OrganisationUnitKind.HOSPITAL));
        fixture.registerInjectableResource((ReportingPeriods) existing::contains);
        fixture.registerInjectableResource(LedgerCalendar.fixed(TODAY));
        return fixture;
    }

    private static IndicatorDefinition revisedMaturity() {
        IndicatorDefinition m = Indicators.maturity();
        return new IndicatorDefinition(m.wording(), m.kind(), m.unit(), "RS 2022-0001", m.levels(), m.threshold(),
                null);
    }

    private static Map<String, Object> metaData(TenantId tenant) {
        return Map.of(LedgerMetadata.TENANT, tenant.value(),
                LedgerMetadata.PRINCIPAL, "innovationsstrateg",
                LedgerMetadata.ROLE, "PORTFOLIO_MANAGER",
                LedgerMetadata.DOCUMENT_REF, "Innovationsbokslut 2021");
    }

    private static ReportingPeriodOpened maturityOpened() {
        return new ReportingPeriodOpened(MATURITY_2021, STOCKHOLM, MATURITY, 2, revisedMaturity(), 2021, POPULATION,
                OPENS, DUE);
    }

    private static ReportingPeriodOpened methodsOpened() {
        return new ReportingPeriodOpened(METHODS_2021, STOCKHOLM, METHODS, 1, Indicators.methods(), 2021, POPULATION,
                OPENS, DUE);
    }

    private static IndicatorValue score(String score) {
        return IndicatorValue.of(score);
    }

    private static IndicatorValueSubmitted scored(OrganisationUnitId unit, String score) {
        return new IndicatorValueSubmitted(MATURITY_2021, unit, score(score), SUBMITTED, false, null);
    }

    private static SubmitIndicatorValue submit(OrganisationUnitId unit, IndicatorValue value, LocalDate on) {
        return new SubmitIndicatorValue(MATURITY_2021, unit, value, on, null, null);
    }

    @Nested
    class Open {

        @Test
        void aPeriodAsksTheNewestVersionUnlessOneIsNamedAndAnswersItsDerivedId() {
            fixture.givenNoPriorActivity()
                    .when(new OpenReportingPeriod(MATURITY, null, 2021, POPULATION, OPENS, DUE), metaData(STOCKHOLM))
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayload(MATURITY_2021.value())
                    .expectEvents(maturityOpened());
        }

        @Test
        void anEarlierVersionMayBeAskedAgain() {
            fixture.givenNoPriorActivity()
                    .when(new OpenReportingPeriod(MATURITY, 1, 2021, POPULATION, OPENS, DUE), metaData(STOCKHOLM))
                    .expectEvents(new ReportingPeriodOpened(MATURITY_2021, STOCKHOLM, MATURITY, 1,
                            Indicators.maturity(), 2021, POPULATION, OPENS, DUE));
        }

        @Test
        void theIndicatorIsOneOfTheRegionsCatalogue() {
            for (IndicatorId unknown : List.of(IndicatorId.of("indicator-none"), IndicatorId.of("indicator-x"))) {
                fixture.givenNoPriorActivity()
                        .when(new OpenReportingPeriod(unknown, null, 2021, POPULATION, OPENS, DUE), metaData(STOCKHOLM))
                        .expectException(violatesRule("INDICATOR_NOT_DEFINED"))
                        .expectNoEvents();
            }
            fixture.givenNoPriorActivity()
                    .when(new OpenReportingPeriod(MATURITY, null, 2021, List.of(NUS), OPENS, DUE),
                            metaData(VASTERBOTTEN))
                    .expectException(violatesRule("INDICATOR_NOT_DEFINED"))
                    .expectNoEvents();
        }

        @Test
        void theVersionAskedExists() {
            fixture.givenNoPriorActivity()
                    .when(new OpenReportingPeriod(MATURITY, 3, 2021, POPULATION, OPENS, DUE), metaData(STOCKHOLM))
                    .expectException(violatesRule("INDICATOR_VERSION_UNKNOWN"))
                    .expectNoEvents();
        }

        @Test
        void oneOpenPeriodPerIndicatorAndYearInARegion() {
            existing.add(MATURITY_2021);
            fixture.givenNoPriorActivity()
                    .when(new OpenReportingPeriod(MATURITY, null, 2021, POPULATION, OPENS, DUE), metaData(STOCKHOLM))
                    .expectException(violatesRule("REPORTING_PERIOD_EXISTS"))
                    .expectExceptionMessage(containsString(MATURITY_2021.value()))
                    .expectNoEvents();
            fixture.givenNoPriorActivity()
                    .when(new OpenReportingPeriod(MATURITY, null, 2022, POPULATION, OPENS, DUE), metaData(STOCKHOLM))
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayload(ReportingPeriodId.forIndicatorAndYear(STOCKHOLM, MATURITY, 2022).value());
        }

        @Test
        void thePopulationAreUnitsOfTheRegion() {
            for (OrganisationUnitId stranger : List.of(NUS, OrganisationUnitId.of("unit-none"))) {
                fixture.givenNoPriorActivity()
                        .when(new OpenReportingPeriod(MATURITY, null, 2021, List.of(LOCUM, stranger), OPENS, DUE),
                                metaData(STOCKHOLM))
                        .expectException(violatesRule("POPULATION_UNIT_UNKNOWN"))
                        .expectExceptionMessage(containsString(stranger.value()))
                        .expectNoEvents();
            }
        }
    }

    @Nested
    class Submit {

        @Test
        void aDecimalScoreOnTimeAnswersThePeriodsNewVersion() {
            fixture.given(maturityOpened())
                    .when(new SubmitIndicatorValue(MATURITY_2021, LOCUM, score("2.60"), DUE, "Självskattning",
                            0L), metaData(STOCKHOLM))
                    .expectEvents(new IndicatorValueSubmitted(MATURITY_2021, LOCUM, score("2.6"), DUE, false,
                            "Självskattning"))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void afterTheDueDateItIsRecordedAsLate() {
            fixture.given(maturityOpened())
                    .when(submit(LOCUM, score("3"), DUE.plusDays(1)), metaData(STOCKHOLM))
                    .expectEvents(new IndicatorValueSubmitted(MATURITY_2021, LOCUM, score("3"), DUE.plusDays(1), true,
                            null));
        }

        @Test
        void theScaleRunsFromOneToFiveBothIncluded() {
            for (String score : List.of("1", "1.0", "4.99", "5")) {
                fixture.given(maturityOpened())
                        .when(submit(LOCUM, score(score), SUBMITTED), metaData(STOCKHOLM))
                        .expectSuccessfulHandlerExecution();
            }
        }

        @Test
        void aScoreOutsideTheScaleIsWrongInput() {
            for (String score : List.of("0.99", "5.01", "0", "-3", "42")) {
                fixture.given(maturityOpened())
                        .when(submit(LOCUM, score(score), SUBMITTED), metaData(STOCKHOLM))
                        .expectException(violatesRule("SCORE_OUTSIDE_SCALE", 400))
                        .expectNoEvents();
            }
        }

        @Test
        void aValueOfAnotherKindIsWrongInput() {
            fixture.given(maturityOpened())
                    .when(submit(LOCUM, IndicatorValue.of(true), SUBMITTED), metaData(STOCKHOLM))
                    .expectException(violatesRule("VALUE_NOT_OF_KIND", 400))
                    .expectNoEvents();
            newFixture().given(methodsOpened())
                    .when(new SubmitIndicatorValue(METHODS_2021, LOCUM, score("1"), SUBMITTED, null, null),
                            metaData(STOCKHOLM))
                    .expectException(violatesRule("VALUE_NOT_OF_KIND", 400))
                    .expectNoEvents();
        }

        @Test
        void aCountIsAWholeNumberOfZeroOrMoreAndANumberAnyNumber() {
            ReportingPeriodId ideas = ReportingPeriodId.of("period-ideas");
            ReportingPeriodId days = ReportingPeriodId.of("period-days");
            ReportingPeriodOpened countOpened = new ReportingPeriodOpened(ideas, STOCKHOLM, IndicatorId.of("i-c"), 1,
                    Indicators.of(IndicatorKind.COUNT), 2021, POPULATION, OPENS, DUE);
            ReportingPeriodOpened numberOpened = new ReportingPeriodOpened(days, STOCKHOLM, IndicatorId.of("i-n"), 1,
                    Indicators.of(IndicatorKind.NUMBER), 2021, POPULATION, OPENS, DUE);
            for (String refused : List.of("2.5", "-1")) {
                fixture.given(countOpened)
                        .when(new SubmitIndicatorValue(ideas, LOCUM, score(refused), SUBMITTED, null, null),
                                metaData(STOCKHOLM))
                        .expectException(violatesRule("VALUE_NOT_OF_KIND", 400))
                        .expectNoEvents();
            }
            for (String accepted : List.of("0", "12", "12.0")) {
                fixture.given(countOpened)
                        .when(new SubmitIndicatorValue(ideas, LOCUM, score(accepted), SUBMITTED, null, null),
                                metaData(STOCKHOLM))
                        .expectSuccessfulHandlerExecution();
            }
            AggregateTestFixture<ReportingPeriod> numbers = newFixture();
            numbers.given(numberOpened)
                    .when(new SubmitIndicatorValue(days, LOCUM, score("-10.25"), SUBMITTED, null, null),
                            metaData(STOCKHOLM))
                    .expectSuccessfulHandlerExecution();
            numbers.given(numberOpened)
                    .when(new SubmitIndicatorValue(days, LOCUM, IndicatorValue.of(false), SUBMITTED, null, null),
                            metaData(STOCKHOLM))
                    .expectException(violatesRule("VALUE_NOT_OF_KIND", 400));
        }

        @Test
        void aSubmissionFromAUnitOutsideThePopulationIsRefused() {
            fixture.given(maturityOpened())
                    .when(submit(NUS, score("3"), SUBMITTED), metaData(STOCKHOLM))
                    .expectException(violatesRule("UNIT_OUTSIDE_POPULATION"))
                    .expectExceptionMessage(containsString("A submission from a unit outside the population"))
                    .expectNoEvents();
        }

        @Test
        void aUnitSubmitsOnceAndCorrectsAfterwards() {
            fixture.given(maturityOpened(), scored(LOCUM, "2"))
                    .when(submit(LOCUM, score("3"), SUBMITTED), metaData(STOCKHOLM))
                    .expectException(violatesRule("VALUE_ALREADY_SUBMITTED"))
                    .expectExceptionMessage(containsString("correct"))
                    .expectNoEvents();
        }

        @Test
        void aClosedPeriodTakesNoSubmission() {
            fixture.given(maturityOpened(), new ReportingPeriodClosed(MATURITY_2021, DUE))
                    .when(submit(LOCUM, score("3"), DUE), metaData(STOCKHOLM))
                    .expectException(violatesRule("PERIOD_CLOSED"))
                    .expectNoEvents();
        }

        @Test
        void notBeforeThePeriodOpensNorAfterToday() {
            fixture.given(maturityOpened())
                    .when(submit(LOCUM, score("3"), OPENS.minusDays(1)), metaData(STOCKHOLM))
                    .expectException(violatesRule("SUBMISSION_BEFORE_OPENING"))
                    .expectNoEvents();
            fixture.given(maturityOpened())
                    .when(submit(LOCUM, score("3"), TODAY.plusDays(1)), metaData(STOCKHOLM))
                    .expectException(violatesRule("DATE_IN_FUTURE"))
                    .expectNoEvents();
        }

        @Test
        void aUnitRecordedAsNotRespondingMayStillReportWhileOpen() {
            fixture.given(maturityOpened(), new NonResponseRecorded(MATURITY_2021, LOCUM, "Inget svar", DUE))
                    .when(submit(LOCUM, score("2.2"), DUE.plusDays(3)), metaData(STOCKHOLM))
                    .expectEvents(new IndicatorValueSubmitted(MATURITY_2021, LOCUM, score("2.2"), DUE.plusDays(3),
                            true, null));
        }

        @Test
        void anotherRegionsPeriodIsNotFoundAndAStaleVersionIs412() {
            fixture.given(maturityOpened())
                    .when(submit(LOCUM, score("3"), SUBMITTED), metaData(VASTERBOTTEN))
                    .expectException(violatesRule("REPORTING_PERIOD_UNKNOWN", 404))
                    .expectNoEvents();
            fixture.given(maturityOpened(), scored(AISAB, "2"))
                    .when(new SubmitIndicatorValue(MATURITY_2021, LOCUM, score("3"), SUBMITTED, null, 0L),
                            metaData(STOCKHOLM))
                    .expectException(violatesRule("STALE_VERSION", 412))
                    .expectNoEvents();
        }
    }

    @Nested
    class Correct {

        @Test
        void aCorrectionKeepsThePreviousValueOnRecord() {
            fixture.given(maturityOpened(), scored(LOCUM, "2"))
                    .when(new CorrectIndicatorValue(MATURITY_2021, LOCUM, score("2.5"), SUBMITTED, "Felskrivning", 1L),
                            metaData(STOCKHOLM))
                    .expectEvents(new IndicatorValueCorrected(MATURITY_2021, LOCUM, score("2"), score("2.5"),
                            SUBMITTED, "Felskrivning"))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void aSecondCorrectionStartsFromTheFirst() {
            fixture.given(maturityOpened(), scored(LOCUM, "2"),
                            new IndicatorValueCorrected(MATURITY_2021, LOCUM, score("2"), score("2.5"), SUBMITTED, null))
                    .when(new CorrectIndicatorValue(MATURITY_2021, LOCUM, score("2.4"), DUE, null, null),
                            metaData(STOCKHOLM))
                    .expectEvents(new IndicatorValueCorrected(MATURITY_2021, LOCUM, score("2.5"), score("2.4"), DUE,
                            null));
        }

        @Test
        void onlyASubmittedValueIsCorrectedAndToAnotherValueOfTheKind() {
            fixture.given(maturityOpened())
                    .when(new CorrectIndicatorValue(MATURITY_2021, LOCUM, score("3"), SUBMITTED, null, null),
                            metaData(STOCKHOLM))
                    .expectException(violatesRule("VALUE_NOT_SUBMITTED"))
                    .expectNoEvents();
            fixture.given(maturityOpened(), scored(LOCUM, "2"))
                    .when(new CorrectIndicatorValue(MATURITY_2021, LOCUM, score("2.0"), SUBMITTED, null, null),
                            metaData(STOCKHOLM))
                    .expectException(violatesRule("VALUE_UNCHANGED"))
                    .expectNoEvents();
            fixture.given(maturityOpened(), scored(LOCUM, "2"))
                    .when(new CorrectIndicatorValue(MATURITY_2021, LOCUM, score("6"), SUBMITTED, null, null),
                            metaData(STOCKHOLM))
                    .expectException(violatesRule("SCORE_OUTSIDE_SCALE", 400))
                    .expectNoEvents();
            fixture.given(maturityOpened(), scored(LOCUM, "2"))
                    .when(new CorrectIndicatorValue(MATURITY_2021, NUS, score("3"), SUBMITTED, null, null),
                            metaData(STOCKHOLM))
                    .expectException(violatesRule("UNIT_OUTSIDE_POPULATION"))
                    .expectNoEvents();
        }

        @Test
        void notBeforeTheSubmissionNorOnceClosed() {
            fixture.given(maturityOpened(), scored(LOCUM, "2"))
                    .when(new CorrectIndicatorValue(MATURITY_2021, LOCUM, score("3"), SUBMITTED.minusDays(1), null,
                            null), metaData(STOCKHOLM))
                    .expectException(violatesRule("CORRECTION_BEFORE_SUBMISSION"))
                    .expectNoEvents();
            fixture.given(maturityOpened(), scored(LOCUM, "2"), new ReportingPeriodClosed(MATURITY_2021, DUE))
                    .when(new CorrectIndicatorValue(MATURITY_2021, LOCUM, score("3"), DUE, null, null),
                            metaData(STOCKHOLM))
                    .expectException(violatesRule("PERIOD_CLOSED"))
                    .expectNoEvents();
        }
    }

    @Nested
    class NonResponse {

        @Test
        void aNonResponseIsRecordedExplicitly() {
            fixture.given(maturityOpened())
                    .when(new RecordNonResponse(MATURITY_2021, AISAB, "Inget svar trots påminnelse", DUE, null),
                            metaData(STOCKHOLM))
                    .expectEvents(new NonResponseRecorded(MATURITY_2021, AISAB, "Inget svar trots påminnelse", DUE));
        }

        @Test
        void notForAUnitThatSubmittedNorTwice() {
            fixture.given(maturityOpened(), scored(AISAB, "3"))
                    .when(new RecordNonResponse(MATURITY_2021, AISAB, null, DUE, null), metaData(STOCKHOLM))
                    .expectException(violatesRule("UNIT_HAS_SUBMITTED"))
                    .expectNoEvents();
            fixture.given(maturityOpened(), new NonResponseRecorded(MATURITY_2021, AISAB, null, DUE))
                    .when(new RecordNonResponse(MATURITY_2021, AISAB, null, DUE, null), metaData(STOCKHOLM))
                    .expectException(violatesRule("NON_RESPONSE_ALREADY_RECORDED"))
                    .expectNoEvents();
        }

        @Test
        void onlyForTheOpenPeriodsPopulation() {
            fixture.given(maturityOpened())
                    .when(new RecordNonResponse(MATURITY_2021, NUS, null, DUE, null), metaData(STOCKHOLM))
                    .expectException(violatesRule("UNIT_OUTSIDE_POPULATION"))
                    .expectNoEvents();
            fixture.given(maturityOpened(), new ReportingPeriodClosed(MATURITY_2021, DUE))
                    .when(new RecordNonResponse(MATURITY_2021, AISAB, null, DUE, null), metaData(STOCKHOLM))
                    .expectException(violatesRule("PERIOD_CLOSED"))
                    .expectNoEvents();
            fixture.given(maturityOpened())
                    .when(new RecordNonResponse(MATURITY_2021, AISAB, null, OPENS.minusDays(1), null),
                            metaData(STOCKHOLM))
                    .expectException(violatesRule("NON_RESPONSE_BEFORE_OPENING"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Close {

        @Test
        void closingLeavesTheUnreportedMissingAndAnswersTheNewVersion() {
            fixture.given(maturityOpened(), scored(LOCUM, "2"))
                    .when(new CloseReportingPeriod(MATURITY_2021, DUE.plusDays(14), 1L), metaData(STOCKHOLM))
                    .expectEvents(new ReportingPeriodClosed(MATURITY_2021, DUE.plusDays(14)))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void onceAndInOrder() {
            fixture.given(maturityOpened(), new ReportingPeriodClosed(MATURITY_2021, DUE))
                    .when(new CloseReportingPeriod(MATURITY_2021, DUE, null), metaData(STOCKHOLM))
                    .expectException(violatesRule("PERIOD_ALREADY_CLOSED"))
                    .expectNoEvents();
            fixture.given(maturityOpened())
                    .when(new CloseReportingPeriod(MATURITY_2021, OPENS.minusDays(1), null), metaData(STOCKHOLM))
                    .expectException(violatesRule("CLOSURE_BEFORE_OPENING"))
                    .expectNoEvents();
            fixture.given(maturityOpened(), scored(LOCUM, "2"),
                            new IndicatorValueCorrected(MATURITY_2021, LOCUM, score("2"), score("3"), DUE, null))
                    .when(new CloseReportingPeriod(MATURITY_2021, DUE.minusDays(1), null), metaData(STOCKHOLM))
                    .expectException(violatesRule("CLOSURE_BEFORE_LAST_REPORT"))
                    .expectNoEvents();
            fixture.given(maturityOpened())
                    .when(new CloseReportingPeriod(MATURITY_2021, TODAY.plusDays(1), null), metaData(STOCKHOLM))
                    .expectException(violatesRule("DATE_IN_FUTURE"))
                    .expectNoEvents();
        }

        @Test
        void anotherRegionsPeriodIsNotFound() {
            fixture.given(maturityOpened())
                    .when(new CloseReportingPeriod(MATURITY_2021, DUE, null), metaData(VASTERBOTTEN))
                    .expectException(violatesRule("REPORTING_PERIOD_UNKNOWN", 404))
                    .expectNoEvents();
        }
    }
}
