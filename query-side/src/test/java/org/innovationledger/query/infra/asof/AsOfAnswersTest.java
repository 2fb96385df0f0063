package org.innovationledger.query.infra.asof;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryHandler;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.indicator.FetchIndicatorReport;
import org.innovationledger.kernel.indicator.IndicatorDefined;
import org.innovationledger.kernel.indicator.IndicatorDefinition;
import org.innovationledger.kernel.indicator.IndicatorId;
import org.innovationledger.kernel.indicator.IndicatorKind;
import org.innovationledger.kernel.indicator.IndicatorReport;
import org.innovationledger.kernel.indicator.IndicatorValue;
import org.innovationledger.kernel.indicator.IndicatorValueCorrected;
import org.innovationledger.kernel.indicator.IndicatorValueSubmitted;
import org.innovationledger.kernel.indicator.ReportingPeriodId;
import org.innovationledger.kernel.indicator.ReportingPeriodOpened;
import org.innovationledger.kernel.indicator.ReportingPeriodStatus;
import org.innovationledger.kernel.initiative.FindInitiative;
import org.innovationledger.kernel.initiative.FindPortfolioOverview;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.initiative.InitiativeView;
import org.innovationledger.kernel.initiative.PortfolioOverview;
import org.innovationledger.kernel.initiative.PortfolioOverview.StageCount;
import org.innovationledger.kernel.initiative.PortfolioOverview.UnitCount;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.organisation.OrganisationUnitKind;
import org.innovationledger.kernel.organisation.OrganisationUnitRegistered;
import org.innovationledger.kernel.organisation.OrganisationUnitRenamed;
import org.innovationledger.kernel.process.GateOutcome;
import org.innovationledger.kernel.process.PhaseStage;
import org.innovationledger.query.indicator.IndicatorReadModel;
import org.innovationledger.query.infra.RoutedMongo;
import org.innovationledger.query.initiative.PortfolioReadModel;
import org.innovationledger.query.testsupport.EventLog;
import org.innovationledger.query.testsupport.InitiativeEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.innovationledger.kernel.process.BuiltInProcessModels.GENERIC_STAGE_GATE;

/**
 * The portfolio and the indicator report answered as of earlier points of a small Region Stockholm history held in a
 * real (in-memory) Axon event store, by the live projection and query beans replayed into temporary databases.
 * Each expected state is worked out by hand from the history below, never taken from a live answer.
 * <pre>
 * pos  recorded (UTC)          event
 *  0   2021-01-10 09:00        unit Karolinska registered
 *  1   2021-01-10 09:05        unit Danderyds sjukhus registered
 *  2   2021-02-01 10:00        initiative Triage registered at Karolinska, NEED
 *  3   2021-03-01 10:00        initiative Dialysis registered at Danderyd, NEED
 *  4   2021-04-01 10:00        Triage G1: NEED to IDEA
 *  5   2021-06-01 10:00        indicator "methods" defined (yes/no share)
 *  6   2021-11-01 08:00        its 2021 period opened for Karolinska and Danderyd
 *  7   2021-12-10 10:00        Danderyd renamed "Danderyd Sjukhus AB" from 2022-01-01
 *  8   2022-01-20 10:00        Karolinska reports yes
 *  9   2022-01-21 10:00        Danderyd reports no
 * 10   2022-01-25 10:00        Danderyd's no corrected to yes
 * 11   2022-02-01 10:00        Dialysis G1: NEED to IDEA
 * 12   2022-02-02 10:00        Triage G2: IDEA to PRE_STUDY
 * </pre>
 */
class AsOfAnswersTest {

    private static final TenantId STOCKHOLM = TenantId.of("region-stockholm");
    private static final ZoneId STOCKHOLM_TIME = ZoneId.of("Europe/Stockholm");
    private static final Instant NOW = Instant.parse("2024-06-01T10:00:00Z");
    private static final OrganisationUnitId KAROLINSKA = OrganisationUnitId.of("unit-karolinska");
    private static final OrganisationUnitId DANDERYD = OrganisationUnitId.of("unit-danderyd");
    private static final InitiativeId TRIAGE = InitiativeId.of("ini-triage");
    private static final InitiativeId DIALYSIS = InitiativeId.of("ini-dialysis");
    private static final IndicatorId METHODS = IndicatorId.of("indicator-metoder");
    private static final ReportingPeriodId METHODS_2021 =
            ReportingPeriodId.forIndicatorAndYear(STOCKHOLM, METHODS, 2021);
    private static final IndicatorDefinition METHODS_V1 = new IndicatorDefinition("Nämnder/bolag har infört metoder"
            + " och verktyg för att arbeta med innovationer", IndicatorKind.BOOLEAN_SHARE,
            "andel nämnder och bolag (%)", null, null, null, null);

    private MongoServer liveServer;
    private MongoClient liveClient;
    private MongoTemplate live;
    private EmbeddedEventStore eventStore;
    private TemporaryDatabases databases;
    private final Map<String, Long> sequences = new HashMap<>();
    private final List<Object> beans = new ArrayList<>();
    private Clock clock;

    @BeforeEach
    void setUp() {
        liveServer = new MongoServer(new MemoryBackend());
        liveServer.bind("127.0.0.1", 0);
        liveClient = MongoClients.create(liveServer.getConnectionString());
        live = RoutedMongo.template(liveClient, "live");
        eventStore = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        databases = new TemporaryDatabases();
        clock = new AsOfClock(Clock.fixed(NOW, STOCKHOLM_TIME));
        beans.addAll(PortfolioReadModel.beans(live, clock));
        beans.addAll(IndicatorReadModel.beans(live));
        history();
    }

    @AfterEach
    void tearDown() {
        eventStore.shutDown();
        databases.close();
        liveClient.close();
        liveServer.shutdownNow();
    }

    private void history() {
        record("OrganisationUnit", KAROLINSKA.value(), new OrganisationUnitRegistered(KAROLINSKA, STOCKHOLM,
                "Karolinska", OrganisationUnitKind.HOSPITAL, null, null), "2021-01-10T09:00:00Z");
        record("OrganisationUnit", DANDERYD.value(), new OrganisationUnitRegistered(DANDERYD, STOCKHOLM,
                "Danderyds sjukhus", OrganisationUnitKind.HOSPITAL, null, null), "2021-01-10T09:05:00Z");
        record("Initiative", TRIAGE.value(), InitiativeEvents.fromNeed(TRIAGE, STOCKHOLM, "AI-triage", KAROLINSKA,
                GENERIC_STAGE_GATE, "NEED"), "2021-02-01T10:00:00Z");
        record("Initiative", DIALYSIS.value(), InitiativeEvents.fromNeed(DIALYSIS, STOCKHOLM, "Hemdialys", DANDERYD,
                GENERIC_STAGE_GATE, "NEED"), "2021-03-01T10:00:00Z");
        record("Initiative", TRIAGE.value(), InitiativeEvents.decision(TRIAGE, 1, "G1", GateOutcome.PROCEED, "NEED",
                "IDEA", LocalDate.of(2021, 4, 1)), "2021-04-01T10:00:00Z");
        record("Indicator", METHODS.value(), new IndicatorDefined(METHODS, STOCKHOLM, 1, METHODS_V1),
                "2021-06-01T10:00:00Z");
        record("ReportingPeriod", METHODS_2021.value(), new ReportingPeriodOpened(METHODS_2021, STOCKHOLM, METHODS, 1,
                METHODS_V1, 2021, List.of(KAROLINSKA, DANDERYD), LocalDate.of(2021, 11, 1),
                LocalDate.of(2022, 1, 31)), "2021-11-01T08:00:00Z");
        record("OrganisationUnit", DANDERYD.value(), new OrganisationUnitRenamed(DANDERYD, "Danderyds sjukhus",
                "Danderyd Sjukhus AB", LocalDate.of(2022, 1, 1)), "2021-12-10T10:00:00Z");
        record("ReportingPeriod", METHODS_2021.value(), new IndicatorValueSubmitted(METHODS_2021, KAROLINSKA,
                IndicatorValue.of(true), LocalDate.of(2022, 1, 20), false, null), "2022-01-20T10:00:00Z");
        record("ReportingPeriod", METHODS_2021.value(), new IndicatorValueSubmitted(METHODS_2021, DANDERYD,
                IndicatorValue.of(false), LocalDate.of(2022, 1, 21), false, null), "2022-01-21T10:00:00Z");
        record("ReportingPeriod", METHODS_2021.value(), new IndicatorValueCorrected(METHODS_2021, DANDERYD,
                IndicatorValue.of(false), IndicatorValue.of(true), LocalDate.of(2022, 1, 25), "Fel svar"),
                "2022-01-25T10:00:00Z");
        record("Initiative", DIALYSIS.value(), InitiativeEvents.decision(DIALYSIS, 1, "G1", GateOutcome.PROCEED,
                "NEED", "IDEA", LocalDate.of(2022, 2, 1)), "2022-02-01T10:00:00Z");
        record("Initiative", TRIAGE.value(), InitiativeEvents.decision(TRIAGE, 2, "G2", GateOutcome.PROCEED, "IDEA",
                "PRE_STUDY", LocalDate.of(2022, 2, 2)), "2022-02-02T10:00:00Z");
    }

    /** Appends a domain event as the command side stores it: aggregate type, id and sequence, ledger metadata. */
    private void record(String aggregateType, String aggregateId, Object payload, String recordedAt) {
        long sequence = sequences.merge(aggregateId, 0L, (previous, ignored) -> previous + 1);
        eventStore.publish(new GenericDomainEventMessage<>(aggregateType, aggregateId, sequence, payload,
                EventLog.metadata("carl", STOCKHOLM), UUID.randomUUID().toString(), Instant.parse(recordedAt)));
    }

    private AsOfAnswers answers(int kept) {
        return new AsOfAnswers(() -> beans, () -> HandlerInspection.classpath(getClass()),
                new LedgerHistory(eventStore), databases, clock, kept);
    }

    private static <R> R answer(AsOfAnswers answers, Object query, ResponseType<R> type, AsOf asOf) {
        return answers.answer(query.getClass().getName(), query, type, asOf).result();
    }

    private static PortfolioOverview portfolio(AsOfAnswers answers, AsOf asOf) {
        return answer(answers, new FindPortfolioOverview(STOCKHOLM, null),
                ResponseTypes.instanceOf(PortfolioOverview.class), asOf);
    }

    private static Optional<IndicatorReport> report(AsOfAnswers answers, AsOf asOf) {
        return answer(answers, new FetchIndicatorReport(STOCKHOLM, METHODS, 2021),
                ResponseTypes.optionalInstanceOf(IndicatorReport.class), asOf);
    }

    private static Map<InitiativeId, String> phases(PortfolioOverview overview) {
        Map<InitiativeId, String> phases = new HashMap<>();
        overview.initiatives().forEach(i -> phases.put(i.initiativeId(), i.phase()));
        return phases;
    }

    private static List<StageCount> funnel(int intake, int exploration) {
        return List.of(new StageCount(PhaseStage.INTAKE, intake), new StageCount(PhaseStage.EXPLORATION, exploration),
                new StageCount(PhaseStage.ANALYSIS, 0), new StageCount(PhaseStage.TEST, 0),
                new StageCount(PhaseStage.IMPLEMENTATION, 0), new StageCount(PhaseStage.SPREAD, 0),
                new StageCount(PhaseStage.COMMERCIALISATION, 0), new StageCount(PhaseStage.HANDED_ON, 0));
    }

    @Test
    void afterTriagesFirstDecisionTheSpringOf2021() {
        AsOfAnswers answers = answers(0);
        AsOf asOf = answers.resolve(null, "4").orElseThrow();
        assertThat(asOf).isEqualTo(new AsOf(4, null));

        AsOfAnswers.Answer<PortfolioOverview> answer = answers.answer(FindPortfolioOverview.class.getName(),
                new FindPortfolioOverview(STOCKHOLM, null), ResponseTypes.instanceOf(PortfolioOverview.class), asOf);
        PortfolioOverview overview = answer.result();
        assertThat(answer.position()).isEqualTo(4);
        assertThat(answer.instant()).as("when the event at the position was recorded")
                .isEqualTo(Instant.parse("2021-04-01T10:00:00Z"));
        assertThat(overview.total()).isEqualTo(2);
        assertThat(phases(overview)).isEqualTo(Map.of(TRIAGE, "IDEA", DIALYSIS, "NEED"));
        assertThat(overview.byStage()).isEqualTo(funnel(1, 1));
        assertThat(overview.byUnit()).containsExactly(new UnitCount(DANDERYD, "Danderyds sjukhus", 1),
                new UnitCount(KAROLINSKA, "Karolinska", 1));
        assertThat(overview.position()).as("Triage's decision is the newest event the overview reflects")
                .isEqualTo(4);

        assertThat(report(answers, asOf)).as("no 2021 period opened yet").isEmpty();
    }

    @Test
    void atTheEndOf2021ThePeriodIsOpenWithNothingReportedAndDanderydKeepsItsOldName() {
        AsOfAnswers answers = answers(0);
        AsOf asOf = answers.resolve("2021-12-31", null).orElseThrow();
        // the end of 31 December in Stockholm (UTC+1), and the last event recorded by then: the rename
        assertThat(asOf).isEqualTo(new AsOf(7, Instant.parse("2021-12-31T22:59:59.999999999Z")));

        PortfolioOverview overview = portfolio(answers, asOf);
        assertThat(phases(overview)).isEqualTo(Map.of(TRIAGE, "IDEA", DIALYSIS, "NEED"));
        assertThat(overview.byUnit()).as("the rename takes effect on 1 January: not yet on 31 December")
                .containsExactly(new UnitCount(DANDERYD, "Danderyds sjukhus", 1),
                        new UnitCount(KAROLINSKA, "Karolinska", 1));
        assertThat(overview.position()).as("the rename is part of the overview's unit names").isEqualTo(7);

        IndicatorReport report = report(answers, asOf).orElseThrow();
        assertThat(report.status()).isEqualTo(ReportingPeriodStatus.OPEN);
        assertThat(report.responses()).isEqualTo(new IndicatorReport.Responses(2, 0, 0, 0, 0, 2,
                new BigDecimal("0.0")));
        assertThat(report.share()).isEqualTo(new IndicatorReport.Share("POPULATION", 0, 0, 2,
                new BigDecimal("0.0"), 0, null));
        assertThat(report.position()).as("the opening; the units' registrations came before").isEqualTo(6);
    }

    @Test
    void beforeTheCorrectionHalfTheUnitsSayYesAndAfterItAll() {
        AsOfAnswers answers = answers(0);
        AsOf beforeCorrection = answers.resolve("2022-01-22T00:00:00Z", null).orElseThrow();
        assertThat(beforeCorrection.position()).isEqualTo(9);

        IndicatorReport before = report(answers, beforeCorrection).orElseThrow();
        assertThat(before.responses()).isEqualTo(new IndicatorReport.Responses(2, 2, 0, 0, 0, 0,
                new BigDecimal("100.0")));
        assertThat(before.share()).as("Karolinska yes, Danderyd no: 1 of 2")
                .isEqualTo(new IndicatorReport.Share("POPULATION", 1, 1, 2, new BigDecimal("50.0"), 50,
                        new BigDecimal("50.0")));
        assertThat(before.position()).isEqualTo(9);

        PortfolioOverview overview = portfolio(answers, beforeCorrection);
        assertThat(overview.byUnit()).as("on 22 January 2022 Danderyd carries its new name")
                .containsExactly(new UnitCount(DANDERYD, "Danderyd Sjukhus AB", 1),
                        new UnitCount(KAROLINSKA, "Karolinska", 1));
        assertThat(phases(overview)).isEqualTo(Map.of(TRIAGE, "IDEA", DIALYSIS, "NEED"));

        IndicatorReport after = report(answers, answers.resolve(null, "10").orElseThrow()).orElseThrow();
        assertThat(after.responses()).isEqualTo(new IndicatorReport.Responses(2, 2, 0, 1, 0, 0,
                new BigDecimal("100.0")));
        assertThat(after.share()).as("Danderyd's no corrected to yes: 2 of 2")
                .isEqualTo(new IndicatorReport.Share("POPULATION", 2, 0, 2, new BigDecimal("100.0"), 100,
                        new BigDecimal("100.0")));
        assertThat(after.position()).isEqualTo(10);
    }

    @Test
    void atTheNewestEventBothInitiativesHaveMovedOn() {
        AsOfAnswers answers = answers(0);
        AsOf newest = answers.resolve("2023-01-01", null).orElseThrow();
        assertThat(newest.position()).as("nothing recorded after: the newest event").isEqualTo(12);

        PortfolioOverview overview = portfolio(answers, newest);
        assertThat(phases(overview)).isEqualTo(Map.of(TRIAGE, "PRE_STUDY", DIALYSIS, "IDEA"));
        assertThat(overview.byStage()).isEqualTo(funnel(0, 2));
        assertThat(overview.position()).isEqualTo(12);
        InitiativeView triage = answer(answers, new FindInitiative(STOCKHOLM, TRIAGE),
                ResponseTypes.optionalInstanceOf(InitiativeView.class), newest).orElseThrow();
        assertThat(triage.lastDecisionOn()).isEqualTo(LocalDate.of(2022, 2, 2));
        assertThat(triage.version()).as("registration and two decisions").isEqualTo(2);
    }

    @Test
    void anEventCountsAsOfTheMillisecondItWasRecordedAndNotBefore() {
        AsOfAnswers answers = answers(0);
        assertThat(answers.resolve("2022-01-25T10:00:00Z", null).orElseThrow().position())
                .as("recorded exactly then: included").isEqualTo(10);
        assertThat(answers.resolve("2022-01-25T09:59:59.999Z", null).orElseThrow().position())
                .as("a millisecond earlier: the event before").isEqualTo(9);
        assertThat(answers.resolve("2022-01-25T11:00:00+01:00", null).orElseThrow().position())
                .as("an offset is the same instant").isEqualTo(10);

        AsOf beforeAnything = answers.resolve("2020-12-31", null).orElseThrow();
        assertThat(beforeAnything.position()).isEqualTo(-1);
        AsOfAnswers.Answer<PortfolioOverview> empty = answers.answer(FindPortfolioOverview.class.getName(),
                new FindPortfolioOverview(STOCKHOLM, null), ResponseTypes.instanceOf(PortfolioOverview.class),
                beforeAnything);
        assertThat(empty.result().total()).isZero();
        assertThat(empty.position()).as("no event reflected").isEqualTo(-1);
    }

    @Test
    void malformedCombinedAndFuturePointsAreRefusedWithTheirRules() {
        AsOfAnswers answers = answers(0);
        assertThat(answers.resolve(null, null)).isEmpty();
        assertRefused(() -> answers.resolve("2021-12-31", "4"), AsOfRefused.INVALID);
        assertRefused(() -> answers.resolve("yesterday", null), AsOfRefused.INVALID);
        assertRefused(() -> answers.resolve("2021-12-31T23:00:00", null), AsOfRefused.INVALID); // no offset
        assertRefused(() -> answers.resolve("2021-02-30", null), AsOfRefused.INVALID);
        assertRefused(() -> answers.resolve("", null), AsOfRefused.INVALID);
        assertRefused(() -> answers.resolve(null, "-1"), AsOfRefused.INVALID);
        assertRefused(() -> answers.resolve(null, "4.5"), AsOfRefused.INVALID);
        assertRefused(() -> answers.resolve(null, "13"), AsOfRefused.AHEAD_OF_LEDGER);
        assertRefused(() -> answers.resolve("2024-06-01T10:00:00.001Z", null), AsOfRefused.AHEAD_OF_LEDGER);
        assertThat(answers.resolve(null, "12")).contains(new AsOf(12, null));
        assertThat(answers.resolve("2024-06-01T10:00:00Z", null)).as("now is not the future")
                .contains(new AsOf(12, NOW));
        assertThat(answers.resolve("2024-06-01", null)).as("as of today is as of now").contains(new AsOf(12, NOW));
        assertRefused(() -> answers.resolve("2024-06-02", null), AsOfRefused.AHEAD_OF_LEDGER);
    }

    private static void assertRefused(Runnable call, String rule) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(AsOfRefused.class,
                refused -> assertThat(refused.rule()).isEqualTo(rule));
    }

    @Test
    void theLiveReadModelsAreNeverTouchedAndTemporaryDatabasesAreDropped() {
        AsOfAnswers answers = answers(0);
        portfolio(answers, new AsOf(12, null));
        report(answers, new AsOf(9, null));

        assertThat(live.getDb().listCollectionNames().into(new ArrayList<>())).as("nothing written live").isEmpty();
        assertThat(databases.existing()).as("each reconstruction dropped after its answer").isEmpty();
        assertThat(answers.replays()).isEqualTo(2);
    }

    @Test
    void settledReconstructionsAreKeptAndReusedTheLeastRecentlyUsedDropped() {
        AsOfAnswers answers = answers(2);
        PortfolioOverview first = portfolio(answers, new AsOf(4, null));
        PortfolioOverview again = portfolio(answers, new AsOf(4, Instant.parse("2021-04-01T12:00:00Z")));
        assertThat(again).isEqualTo(first);
        assertThat(answers.replays()).as("the same groups at the same position: replayed once").isEqualTo(1);
        assertThat(databases.existing()).hasSize(1);

        report(answers, new AsOf(4, null));
        assertThat(answers.replays()).as("another group: its own reconstruction").isEqualTo(2);
        portfolio(answers, new AsOf(9, null));
        assertThat(answers.replays()).isEqualTo(3);
        assertThat(databases.existing()).as("two kept, the least recently used dropped").hasSize(2);
        portfolio(answers, new AsOf(4, null));
        assertThat(answers.replays()).as("portfolio at 4 was the one dropped").isEqualTo(4);

        portfolio(answers, new AsOf(12, null));
        portfolio(answers, new AsOf(12, null));
        assertThat(answers.replays()).as("up to the newest event nothing is settled: never kept").isEqualTo(6);
    }

    /** A query handler that reads no read model. */
    static final class Echo {
        record Ping(String text) {
        }

        @QueryHandler
        String handle(Ping ping) {
            return ping.text();
        }
    }

    @Test
    void queriesAnsweredFromNoReadModelAreRefused() {
        beans.add(new Echo());
        AsOfAnswers answers = answers(0);
        assertThat(answers.unanswerable()).containsExactly(Echo.Ping.class.getName());
        assertThat(answers.answerable()).containsEntry(FindPortfolioOverview.class.getName(), java.util.Set.of(
                "portfolio")).containsEntry(FetchIndicatorReport.class.getName(), java.util.Set.of("indicators"));
        assertRefused(() -> answers.answer(Echo.Ping.class.getName(), new Echo.Ping("hej"),
                ResponseTypes.instanceOf(String.class), new AsOf(4, null)), AsOfRefused.NOT_SUPPORTED);
    }
}
