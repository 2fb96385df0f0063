package org.innovationledger.query.initiative;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.FindPortfolioOverview;
import org.innovationledger.kernel.initiative.InitiativeClassified;
import org.innovationledger.kernel.initiative.InitiativeClosed;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.initiative.InitiativeImplemented;
import org.innovationledger.kernel.initiative.InitiativeRegistered;
import org.innovationledger.kernel.initiative.InitiativeStatus;
import org.innovationledger.kernel.initiative.InitiativeView;
import org.innovationledger.kernel.initiative.InnovationType;
import org.innovationledger.kernel.initiative.PilotCompleted;
import org.innovationledger.kernel.initiative.PilotStarted;
import org.innovationledger.kernel.initiative.PortfolioOverview;
import org.innovationledger.kernel.initiative.PortfolioOverview.MissionCount;
import org.innovationledger.kernel.initiative.PortfolioOverview.PhaseCount;
import org.innovationledger.kernel.initiative.PortfolioOverview.StageCount;
import org.innovationledger.kernel.initiative.PortfolioOverview.StatusCount;
import org.innovationledger.kernel.initiative.PortfolioOverview.UnitCount;
import org.innovationledger.kernel.initiative.PortfolioOverview.ValueCount;
import org.innovationledger.kernel.initiative.PortfolioScope;
import org.innovationledger.kernel.initiative.PortfolioSort;
import org.innovationledger.kernel.mission.MissionId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.organisation.OrganisationUnitRegistered;
import org.innovationledger.kernel.process.GateOutcome;
import org.innovationledger.kernel.process.PhaseStage;
import org.innovationledger.query.testsupport.EventLog;
import org.innovationledger.query.testsupport.InMemoryMongo;
import org.innovationledger.query.testsupport.InitiativeEvents;
import org.innovationledger.query.testsupport.Projector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.innovationledger.kernel.organisation.OrganisationUnitKind.HOSPITAL;
import static org.innovationledger.kernel.organisation.OrganisationUnitKind.TESTBED;
import static org.innovationledger.kernel.process.BuiltInProcessModels.GENERIC_STAGE_GATE;
import static org.innovationledger.kernel.process.BuiltInProcessModels.VLL_PARTNERSHIP;
import static org.innovationledger.query.testsupport.InitiativeEvents.decision;

/** The overview's filters, counts over the filtered set, funnel, paging and sorting, over a projected portfolio. */
class PortfolioOverviewQueryTest {

    @RegisterExtension
    static final InMemoryMongo MONGO = new InMemoryMongo();

    private static final TenantId STOCKHOLM = TenantId.of("region-stockholm");
    private static final TenantId SKANE = TenantId.of("region-skane");
    private static final OrganisationUnitId KAROLINSKA = OrganisationUnitId.of("unit-karolinska");
    private static final OrganisationUnitId DANDERYD = OrganisationUnitId.of("unit-danderyd");
    private static final OrganisationUnitId SODER = OrganisationUnitId.of("unit-soder");
    private static final OrganisationUnitId LAB = OrganisationUnitId.of("unit-lab");
    private static final OrganisationUnitId SUS = OrganisationUnitId.of("unit-sus");
    private static final MissionId HEALTH_WHERE_YOU_ARE = MissionId.of("mission-health");
    private static final MissionId WORKPLACE = MissionId.of("mission-workplace");

    private static final InitiativeId TRIAGE = InitiativeId.of("ini-triage");
    private static final InitiativeId DIALYSIS = InitiativeId.of("ini-dialysis");
    private static final InitiativeId ROBOT = InitiativeId.of("ini-robot");
    private static final InitiativeId FOLLOW_UP = InitiativeId.of("ini-follow-up");
    private static final InitiativeId EYES = InitiativeId.of("ini-eyes");
    private static final InitiativeId ROUNDS = InitiativeId.of("ini-rounds");
    private static final InitiativeId MONITORING = InitiativeId.of("ini-monitoring");
    private static final InitiativeId SKANE_APP = InitiativeId.of("ini-skane-app");

    private EventLog log;
    private InitiativeEvents events;
    private Projector projector;
    private Projector queries;

    @BeforeEach
    void setUp() {
        log = new EventLog(1);
        events = new InitiativeEvents(log);
        projector = new Projector(new PortfolioProjection(MONGO.template(), new RecordedPhaseCatalogue(MONGO.template())));
        queries = new Projector(new PortfolioQueries(MONGO.template(), Clock.systemDefaultZone()));
        portfolio();
        projector.deliver(log.all());
    }

    /**
     * Seven Stockholm initiatives, one in Skåne (classified like some of Stockholm's, to show it is never counted):
     * <pre>
     * TRIAGE      Karolinska VLL     partner Cambio   Akutsjukvård [health]    testbed lab  STEG_2 ANALYSIS
     * DIALYSIS    Danderyd   generic need             Nära vård [health, work] testbed lab  TEST, pilot running
     * ROBOT       Karolinska generic need             Nära vård [work]                      IMPLEMENTATION, in operation
     * FOLLOW_UP   Söder      generic partner Cambio   (unclassified)                        NEED INTAKE
     * EYES        Karolinska VLL     partner Ögonbolaget                                    discontinued at GX
     * ROUNDS      Danderyd   generic need                                                   IDEA, closed
     * MONITORING  Danderyd   generic need             Nära vård [health]                    TEST, pilot running
     * </pre>
     */
    private void portfolio() {
        log.unitRegistered(new OrganisationUnitRegistered(KAROLINSKA, STOCKHOLM, "Karolinska", HOSPITAL, null, null), "a");
        log.unitRegistered(new OrganisationUnitRegistered(DANDERYD, STOCKHOLM, "Danderyds sjukhus", HOSPITAL, null, null), "a");
        log.unitRegistered(new OrganisationUnitRegistered(SODER, STOCKHOLM, "Södersjukhuset", HOSPITAL, null, null), "a");
        log.unitRegistered(new OrganisationUnitRegistered(LAB, STOCKHOLM, "Innovationsplatsen", TESTBED, null, null), "a");
        log.unitRegistered(new OrganisationUnitRegistered(SUS, SKANE, "SUS", HOSPITAL, null, null), "a");

        // registration instants: ISO text order is not time order (".250Z" sorts before "Z")
        register(InitiativeEvents.fromPartner(TRIAGE, STOCKHOLM, "AI-triage på akuten", KAROLINSKA, "Cambio",
                VLL_PARTNERSHIP, "STEG_X"), "2024-05-02T07:30:00.250Z");
        register(InitiativeEvents.fromNeed(DIALYSIS, STOCKHOLM, "Hemdialys med sensorer", DANDERYD,
                GENERIC_STAGE_GATE, "NEED"), "2024-05-02T07:30:00Z");
        register(InitiativeEvents.fromNeed(ROBOT, STOCKHOLM, "Läkemedelsrobot", KAROLINSKA, GENERIC_STAGE_GATE,
                "NEED"), "2024-03-01T08:00:00Z");
        register(InitiativeEvents.fromPartner(FOLLOW_UP, STOCKHOLM, "Återbesök digitalt", SODER, "Cambio",
                GENERIC_STAGE_GATE, "NEED"), "2024-07-01T08:00:00Z");
        register(InitiativeEvents.fromPartner(EYES, STOCKHOLM, "Ögonscreening med AI", KAROLINSKA, "Ögonbolaget",
                VLL_PARTNERSHIP, "STEG_X"), "2024-01-10T08:00:00Z");
        register(InitiativeEvents.fromNeed(ROUNDS, STOCKHOLM, "Zebra-rond", DANDERYD, GENERIC_STAGE_GATE, "NEED"),
                "2024-02-01T08:00:00Z");
        register(InitiativeEvents.fromNeed(MONITORING, STOCKHOLM, "Äldres hemmonitorering", DANDERYD,
                GENERIC_STAGE_GATE, "NEED"), "2024-04-01T08:00:00Z");
        register(InitiativeEvents.fromNeed(SKANE_APP, SKANE, "Vårdapp", SUS, GENERIC_STAGE_GATE, "NEED"),
                "2024-04-01T09:00:00Z");

        classify(TRIAGE, "Akutsjukvård", LAB, HEALTH_WHERE_YOU_ARE);
        classify(DIALYSIS, "Nära vård", LAB, HEALTH_WHERE_YOU_ARE, WORKPLACE);
        classify(ROBOT, "Nära vård", null, WORKPLACE);
        classify(MONITORING, "Nära vård", null, HEALTH_WHERE_YOU_ARE);
        events.then(SKANE, new InitiativeClassified(SKANE_APP, "Nära vård", null, InnovationType.SERVICE,
                List.of(HEALTH_WHERE_YOU_ARE), null));

        events.then(STOCKHOLM, decision(TRIAGE, 1, "GX", GateOutcome.PROCEED, "STEG_X", "STEG_1", LocalDate.of(2024, 2, 1)));
        events.then(STOCKHOLM, decision(TRIAGE, 2, "G1", GateOutcome.PROCEED, "STEG_1", "STEG_2", LocalDate.of(2024, 3, 1)));
        toTest(DIALYSIS, LocalDate.of(2024, 4, 10));
        events.then(STOCKHOLM, new PilotStarted(DIALYSIS, "P1", LAB, LocalDate.of(2024, 4, 15)));
        toTest(ROBOT, LocalDate.of(2024, 5, 1));
        events.then(STOCKHOLM, new PilotStarted(ROBOT, "P1", KAROLINSKA, LocalDate.of(2024, 5, 2)));
        events.then(STOCKHOLM, new PilotCompleted(ROBOT, "P1", LocalDate.of(2024, 5, 30), "Bra"));
        events.then(STOCKHOLM, decision(ROBOT, 5, "G5", GateOutcome.IMPLEMENT, "TEST", "IMPLEMENTATION",
                LocalDate.of(2024, 6, 1)));
        events.then(STOCKHOLM, new InitiativeImplemented(ROBOT, KAROLINSKA, LocalDate.of(2024, 6, 15)));
        events.then(STOCKHOLM, decision(EYES, 1, "GX", GateOutcome.DISCONTINUE, "STEG_X", null, LocalDate.of(2024, 1, 15)));
        events.then(STOCKHOLM, decision(ROUNDS, 1, "G1", GateOutcome.PROCEED, "NEED", "IDEA", LocalDate.of(2024, 5, 5)));
        events.then(STOCKHOLM, new InitiativeClosed(ROUNDS, "Ej prioriterad", LocalDate.of(2024, 5, 20)));
        toTest(MONITORING, LocalDate.of(2024, 3, 20));
        events.then(STOCKHOLM, new PilotStarted(MONITORING, "P1", DANDERYD, LocalDate.of(2024, 3, 25)));
        events.then(SKANE, new PilotStarted(SKANE_APP, "P1", SUS, LocalDate.of(2024, 3, 25)));
    }

    private void register(InitiativeRegistered event, String at) {
        events.registered(event, "carl", Instant.parse(at));
    }

    private void classify(InitiativeId id, String strategyArea, OrganisationUnitId testbed, MissionId... missions) {
        events.then(STOCKHOLM, new InitiativeClassified(id, strategyArea, null, InnovationType.SERVICE,
                List.of(missions), testbed));
    }

    /** Generic stage-gate from NEED to TEST in four decisions, the last on {@code on}. */
    private void toTest(InitiativeId id, LocalDate on) {
        String[] phases = {"NEED", "IDEA", "PRE_STUDY", "DEVELOPMENT", "TEST"};
        for (int gate = 1; gate <= 4; gate++) {
            events.then(STOCKHOLM, decision(id, gate, "G" + gate, GateOutcome.PROCEED, phases[gate - 1], phases[gate],
                    on.minusDays(4 - gate)));
        }
    }

    @Test
    void countsCoverTheWholePortfolioWithTheFunnelInStageOrder() {
        PortfolioOverview all = query(filter());

        assertThat(all.total()).isEqualTo(7);
        assertThat(all.byStage()).containsExactly(
                new StageCount(PhaseStage.INTAKE, 1), new StageCount(PhaseStage.EXPLORATION, 1),
                new StageCount(PhaseStage.ANALYSIS, 1), new StageCount(PhaseStage.TEST, 2),
                new StageCount(PhaseStage.IMPLEMENTATION, 1), new StageCount(PhaseStage.SPREAD, 0),
                new StageCount(PhaseStage.COMMERCIALISATION, 0), new StageCount(PhaseStage.HANDED_ON, 0));
        assertThat(all.byStatus()).containsExactly(new StatusCount(InitiativeStatus.OPEN, 5),
                new StatusCount(InitiativeStatus.ENDED_BY_DECISION, 1), new StatusCount(InitiativeStatus.CLOSED, 1));
        assertThat(all.byUnit()).containsExactly(new UnitCount(DANDERYD, "Danderyds sjukhus", 3),
                new UnitCount(KAROLINSKA, "Karolinska", 3), new UnitCount(SODER, "Södersjukhuset", 1));
        assertThat(all.byPhase()).containsExactly(
                new PhaseCount(GENERIC_STAGE_GATE, "NEED", "Need", PhaseStage.INTAKE, 1),
                new PhaseCount(GENERIC_STAGE_GATE, "IDEA", "Idea", PhaseStage.EXPLORATION, 1),
                new PhaseCount(VLL_PARTNERSHIP, "STEG_2", "STEG 2: Behovsanalys och kostnadskartläggning",
                        PhaseStage.ANALYSIS, 1),
                new PhaseCount(GENERIC_STAGE_GATE, "TEST", "Test", PhaseStage.TEST, 2),
                new PhaseCount(GENERIC_STAGE_GATE, "IMPLEMENTATION", "Implementation", PhaseStage.IMPLEMENTATION, 1));
        assertThat(all.byMission()).containsExactly(new MissionCount(HEALTH_WHERE_YOU_ARE, 3),
                new MissionCount(WORKPLACE, 2));
        assertThat(all.byStrategyArea()).containsExactly(new ValueCount("Nära vård", 3),
                new ValueCount("Akutsjukvård", 1));
        assertThat(all.byTestbed()).containsExactly(new UnitCount(LAB, "Innovationsplatsen", 2));
        assertThat(all.byPartner()).containsExactly(new ValueCount("Cambio", 2), new ValueCount("Ögonbolaget", 1));
        assertThat(all.pilots()).as("initiatives with a running pilot").isEqualTo(2);
        assertThat(all.inOperation()).isEqualTo(1);
        assertThat(all.position()).isEqualTo(lastPosition(log.all(), STOCKHOLM));
    }

    @Test
    void countsAreTakenOverTheFilteredSetOnly() {
        PortfolioOverview nearCare = query(filter().strategyArea("Nära vård"));

        assertThat(nearCare.total()).isEqualTo(3);
        assertThat(nearCare.initiatives()).extracting(InitiativeView::initiativeId)
                .containsExactly(ROBOT, MONITORING, DIALYSIS);
        assertThat(nearCare.byUnit()).containsExactly(new UnitCount(DANDERYD, "Danderyds sjukhus", 2),
                new UnitCount(KAROLINSKA, "Karolinska", 1));
        assertThat(nearCare.byStage()).filteredOn(c -> c.initiatives() > 0).containsExactly(
                new StageCount(PhaseStage.TEST, 2), new StageCount(PhaseStage.IMPLEMENTATION, 1));
        assertThat(nearCare.byMission()).containsExactly(new MissionCount(HEALTH_WHERE_YOU_ARE, 2),
                new MissionCount(WORKPLACE, 2));
        assertThat(nearCare.byPartner()).isEmpty();
        assertThat(nearCare.pilots()).isEqualTo(2);
        assertThat(nearCare.inOperation()).isEqualTo(1);
    }

    @Test
    void everyFilterNarrowsTheSetAndFiltersCombine() {
        assertThat(ids(filter().unit(KAROLINSKA))).containsExactly(EYES, ROBOT, TRIAGE);
        assertThat(ids(filter().phase("TEST"))).containsExactly(MONITORING, DIALYSIS);
        assertThat(ids(filter().phase("STEG_2"))).containsExactly(TRIAGE);
        assertThat(ids(filter().stage(PhaseStage.EXPLORATION))).containsExactly(ROUNDS);
        assertThat(ids(filter().mission(WORKPLACE))).containsExactly(ROBOT, DIALYSIS);
        assertThat(ids(filter().testbed(LAB))).containsExactly(DIALYSIS, TRIAGE);
        assertThat(ids(filter().partner("Cambio"))).containsExactly(TRIAGE, FOLLOW_UP);
        assertThat(ids(filter().status(InitiativeStatus.ENDED_BY_DECISION))).containsExactly(EYES);
        assertThat(ids(filter().status(InitiativeStatus.CLOSED))).containsExactly(ROUNDS);
        assertThat(ids(filter().status(InitiativeStatus.OPEN))).containsExactly(ROBOT, MONITORING, DIALYSIS, TRIAGE,
                FOLLOW_UP);
        assertThat(ids(filter().unit(DANDERYD).mission(HEALTH_WHERE_YOU_ARE).stage(PhaseStage.TEST)))
                .containsExactly(MONITORING, DIALYSIS);
        assertThat(ids(filter().unit(SODER).mission(HEALTH_WHERE_YOU_ARE))).isEmpty();
    }

    @Test
    void anotherTenantsInitiativesNeverPassAFilter() {
        PortfolioOverview health = query(filter().mission(HEALTH_WHERE_YOU_ARE));
        assertThat(health.initiatives()).extracting(InitiativeView::initiativeId)
                .containsExactly(MONITORING, DIALYSIS, TRIAGE);
        assertThat(query(filter().unit(SUS)).total()).isZero();

        PortfolioOverview skane = query(new Filter(SKANE).mission(HEALTH_WHERE_YOU_ARE));
        assertThat(skane.initiatives()).extracting(InitiativeView::initiativeId).containsExactly(SKANE_APP);
        assertThat(skane.pilots()).isEqualTo(1);
        assertThat(skane.position()).isEqualTo(lastPosition(log.all(), SKANE));
    }

    @Test
    void pagesSliceTheSortedSetAndKeepTheCounts() {
        Filter all = filter().size(3);

        assertThat(ids(all.page(0))).containsExactly(EYES, ROUNDS, ROBOT);
        assertThat(ids(all.page(1))).containsExactly(MONITORING, DIALYSIS, TRIAGE);
        assertThat(ids(all.page(2))).containsExactly(FOLLOW_UP);
        PortfolioOverview beyond = query(all.page(3));
        assertThat(beyond.initiatives()).isEmpty();
        assertThat(beyond.total()).isEqualTo(7);
        assertThat(beyond.byStatus()).isEqualTo(query(all.page(0)).byStatus());
        assertThat(beyond.page()).isEqualTo(3);
        assertThat(beyond.size()).isEqualTo(3);
    }

    @Test
    void sortsByTitleInSwedishOrderRegistrationInstantOrLastDecisionWithUndecidedLast() {
        // Å, Ä, Ö come after Z in Swedish, in that order (in Unicode Ä comes before Å)
        assertThat(titles(filter().sort(PortfolioSort.TITLE, false))).containsExactly("AI-triage på akuten",
                "Hemdialys med sensorer", "Läkemedelsrobot", "Zebra-rond", "Återbesök digitalt",
                "Äldres hemmonitorering", "Ögonscreening med AI");
        assertThat(titles(filter().sort(PortfolioSort.TITLE, true)).get(0)).isEqualTo("Ögonscreening med AI");
        // 07:30:00Z is before 07:30:00.250Z although its text sorts after it
        assertThat(ids(filter().sort(PortfolioSort.REGISTERED_AT, true)))
                .containsExactly(FOLLOW_UP, TRIAGE, DIALYSIS, MONITORING, ROBOT, ROUNDS, EYES);
        assertThat(ids(filter().sort(PortfolioSort.LAST_DECISION_ON, false)))
                .containsExactly(EYES, TRIAGE, MONITORING, DIALYSIS, ROUNDS, ROBOT, FOLLOW_UP);
        assertThat(ids(filter().sort(PortfolioSort.LAST_DECISION_ON, true)))
                .containsExactly(ROBOT, ROUNDS, DIALYSIS, MONITORING, TRIAGE, EYES, FOLLOW_UP);
    }

    @Test
    void aQueryOutsideThePagingLimitsIsRefused() {
        assertThatThrownBy(() -> filter().size(0).query()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("size");
        assertThatThrownBy(() -> filter().size(201).query()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> filter().page(-1).query()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("page");
        assertThat(filter().size(200).query().size()).isEqualTo(200);
    }

    private Filter filter() {
        return new Filter(STOCKHOLM);
    }

    private PortfolioOverview query(Filter filter) {
        return queries.query(filter.query(), ResponseTypes.instanceOf(PortfolioOverview.class));
    }

    private List<InitiativeId> ids(Filter filter) {
        return query(filter).initiatives().stream().map(InitiativeView::initiativeId).toList();
    }

    private List<String> titles(Filter filter) {
        return query(filter).initiatives().stream().map(InitiativeView::title).toList();
    }

    private static long lastPosition(List<TrackedEventMessage<?>> messages, TenantId tenant) {
        List<TrackedEventMessage<?>> ofTenant = new ArrayList<>(messages.stream()
                .filter(m -> m.getPayload().getClass().getPackageName().endsWith(".initiative"))
                .filter(m -> tenant.value().equals(m.getMetaData().get("tenant"))).toList());
        return ofTenant.get(ofTenant.size() - 1).trackingToken().position().orElseThrow();
    }

    /** Builds the query; every call returns a new filter. */
    private record Filter(TenantId tenant, OrganisationUnitId unitId, String phase, PhaseStage stage,
                          MissionId missionId, String strategyArea, OrganisationUnitId testbed, String partner,
                          InitiativeStatus status, PortfolioScope scope, int page, int size, PortfolioSort sort,
                          boolean descending) {

        Filter(TenantId tenant) {
            this(tenant, null, null, null, null, null, null, null, null, null, 0, 50, null, false);
        }

        FindPortfolioOverview query() {
            return new FindPortfolioOverview(tenant, unitId, phase, stage, missionId, strategyArea, testbed, partner,
                    status, scope, page, size, sort, descending);
        }

        Filter scope(PortfolioScope s) {
            return new Filter(tenant, unitId, phase, stage, missionId, strategyArea, testbed, partner, status, s, page, size, sort, descending);
        }

        Filter unit(OrganisationUnitId u) {
            return new Filter(tenant, u, phase, stage, missionId, strategyArea, testbed, partner, status, scope, page, size, sort, descending);
        }

        Filter phase(String p) {
            return new Filter(tenant, unitId, p, stage, missionId, strategyArea, testbed, partner, status, scope, page, size, sort, descending);
        }

        Filter stage(PhaseStage s) {
            return new Filter(tenant, unitId, phase, s, missionId, strategyArea, testbed, partner, status, scope, page, size, sort, descending);
        }

        Filter mission(MissionId m) {
            return new Filter(tenant, unitId, phase, stage, m, strategyArea, testbed, partner, status, scope, page, size, sort, descending);
        }

        Filter strategyArea(String a) {
            return new Filter(tenant, unitId, phase, stage, missionId, a, testbed, partner, status, scope, page, size, sort, descending);
        }

        Filter testbed(OrganisationUnitId t) {
            return new Filter(tenant, unitId, phase, stage, missionId, strategyArea, t, partner, status, scope, page, size, sort, descending);
        }

        Filter partner(String p) {
            return new Filter(tenant, unitId, phase, stage, missionId, strategyArea, testbed, p, status, scope, page, size, sort, descending);
        }

        Filter status(InitiativeStatus s) {
            return new Filter(tenant, unitId, phase, stage, missionId, strategyArea, testbed, partner, s, scope, page, size, sort, descending);
        }

        Filter page(int p) {
            return new Filter(tenant, unitId, phase, stage, missionId, strategyArea, testbed, partner, status, scope, p, size, sort, descending);
        }

        Filter size(int s) {
            return new Filter(tenant, unitId, phase, stage, missionId, strategyArea, testbed, partner, status, scope, page, s, sort, descending);
        }

        Filter sort(PortfolioSort by, boolean desc) {
            return new Filter(tenant, unitId, phase, stage, missionId, strategyArea, testbed, partner, status, scope, page, size, by, desc);
        }
    }
}
