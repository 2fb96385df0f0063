package org.innovationledger.query.initiative;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.FindInitiative;
import org.innovationledger.kernel.initiative.FindPortfolioOverview;
import org.innovationledger.kernel.initiative.InitiativeClassified;
import org.innovationledger.kernel.initiative.InitiativeClosed;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.initiative.InitiativeShared;
import org.innovationledger.kernel.initiative.InitiativeSharingEnded;
import org.innovationledger.kernel.initiative.InitiativeStatus;
import org.innovationledger.kernel.initiative.InitiativeView;
import org.innovationledger.kernel.initiative.InitiativeView.UnitRef;
import org.innovationledger.kernel.initiative.InnovationType;
import org.innovationledger.kernel.initiative.PilotStarted;
import org.innovationledger.kernel.initiative.PortfolioOverview;
import org.innovationledger.kernel.initiative.PortfolioOverview.UnitCount;
import org.innovationledger.kernel.initiative.PortfolioOverview.ValueCount;
import org.innovationledger.kernel.initiative.PortfolioScope;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.organisation.OrganisationUnitRegistered;
import org.innovationledger.kernel.organisation.OrganisationUnitRenamed;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.kernel.organisation.OrganisationUnitKind.HOSPITAL;
import static org.innovationledger.kernel.organisation.OrganisationUnitKind.TESTBED;
import static org.innovationledger.kernel.process.BuiltInProcessModels.GENERIC_STAGE_GATE;
import static org.innovationledger.kernel.process.BuiltInProcessModels.VLL_PARTNERSHIP;

/**
 * Initiatives shared between regions (joint projects), through the portfolio projection fed real events: the
 * regions an initiative is shared with find its detail and its place in their portfolio; no other region does,
 * and once the sharing ends, neither does that region.
 */
class PortfolioSharingTest {

    @RegisterExtension
    static final InMemoryMongo MONGO = new InMemoryMongo();

    private static final TenantId STOCKHOLM = TenantId.of("region-stockholm");
    private static final TenantId SKANE = TenantId.of("region-skane");
    private static final TenantId GOTLAND = TenantId.of("region-gotland");
    private static final TenantId HALLAND = TenantId.of("region-halland");
    private static final OrganisationUnitId KAROLINSKA = OrganisationUnitId.of("unit-karolinska");
    private static final OrganisationUnitId LAB = OrganisationUnitId.of("unit-lab");
    private static final OrganisationUnitId SUS = OrganisationUnitId.of("unit-sus");
    private static final OrganisationUnitId VISBY = OrganisationUnitId.of("unit-visby");
    private static final InitiativeId TRIAGE = InitiativeId.of("ini-triage");
    private static final InitiativeId ROBOT = InitiativeId.of("ini-robot");
    private static final InitiativeId SKANE_APP = InitiativeId.of("ini-skane-app");
    private static final InitiativeId GOTLAND_FERRY = InitiativeId.of("ini-gotland-ferry");
    private static final String[] COLLECTIONS = {InitiativeDocument.COLLECTION, PortfolioUnitDocument.COLLECTION,
            PortfolioProcessModelDocument.COLLECTION};

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
    }

    /**
     * Stockholm's triage (Karolinska, testbed the lab, a pilot running) is a joint project shared with Skåne and
     * Gotland; Stockholm's robot is not shared. Skåne has an app of its own; Gotland a ferry project it shares with
     * Skåne. Halland is in no joint project.
     */
    private void jointProjects() {
        log.unitRegistered(new OrganisationUnitRegistered(KAROLINSKA, STOCKHOLM, "Karolinska", HOSPITAL, null, null), "a");
        log.unitRegistered(new OrganisationUnitRegistered(LAB, STOCKHOLM, "Innovationsplatsen", TESTBED, null, null), "a");
        log.unitRegistered(new OrganisationUnitRegistered(SUS, SKANE, "Skånes universitetssjukhus", HOSPITAL, null,
                null), "s");
        log.unitRegistered(new OrganisationUnitRegistered(VISBY, GOTLAND, "Visby lasarett", HOSPITAL, null, null), "g");
        events.registered(InitiativeEvents.fromPartner(TRIAGE, STOCKHOLM, "AI-triage", KAROLINSKA, "Cambio",
                VLL_PARTNERSHIP, "STEG_X"), "carl", Instant.parse("2024-02-01T08:00:00Z"));
        events.registered(InitiativeEvents.fromNeed(ROBOT, STOCKHOLM, "Läkemedelsrobot", KAROLINSKA,
                GENERIC_STAGE_GATE, "NEED"), "carl", Instant.parse("2024-03-01T08:00:00Z"));
        events.registered(InitiativeEvents.fromNeed(SKANE_APP, SKANE, "Vårdapp", SUS, GENERIC_STAGE_GATE, "NEED"),
                "sven", Instant.parse("2024-04-01T08:00:00Z"));
        events.registered(InitiativeEvents.fromNeed(GOTLAND_FERRY, GOTLAND, "Vård på färjan", VISBY,
                GENERIC_STAGE_GATE, "NEED"), "greta", Instant.parse("2024-05-01T08:00:00Z"));
        events.then(STOCKHOLM, new InitiativeClassified(TRIAGE, "Akutsjukvård", null, InnovationType.SERVICE,
                List.of(), LAB));
        events.then(STOCKHOLM, new PilotStarted(TRIAGE, "P1", LAB, LocalDate.of(2024, 9, 1)));
        events.then(STOCKHOLM, new InitiativeShared(TRIAGE, STOCKHOLM, SKANE));
        events.then(STOCKHOLM, new InitiativeShared(TRIAGE, STOCKHOLM, GOTLAND));
        events.then(GOTLAND, new InitiativeShared(GOTLAND_FERRY, GOTLAND, SKANE));
    }

    @Test
    void aRegionItIsSharedWithFindsTheInitiativeWithItsOwnerAndItsUnitsAsTheOwnerNamesThem() {
        jointProjects();
        projector.deliver(log.all());

        InitiativeView seenFromSkane = initiative(SKANE, TRIAGE).orElseThrow();

        assertThat(seenFromSkane.tenant()).as("the owner").isEqualTo(STOCKHOLM);
        assertThat(seenFromSkane.sharedWith()).containsExactly(SKANE, GOTLAND);
        assertThat(seenFromSkane.unitName()).isEqualTo("Karolinska");
        assertThat(seenFromSkane.classification().testbed()).isEqualTo(new UnitRef(LAB, "Innovationsplatsen"));
        assertThat(seenFromSkane.runningPilots()).isEqualTo(1);
        assertThat(seenFromSkane.version()).as("sharing moves the version like every event").isEqualTo(4);
        assertThat(initiative(STOCKHOLM, TRIAGE)).as("the owner and the reader see the same").contains(seenFromSkane);
        assertThat(initiative(GOTLAND, TRIAGE)).contains(seenFromSkane);
    }

    @Test
    void noOtherRegionFindsIt() {
        jointProjects();
        projector.deliver(log.all());

        assertThat(initiative(HALLAND, TRIAGE)).isEmpty();
        assertThat(initiative(SKANE, ROBOT)).as("not shared").isEmpty();
        assertThat(initiative(GOTLAND, SKANE_APP)).isEmpty();
        assertThat(initiative(STOCKHOLM, GOTLAND_FERRY)).as("shared with Skåne only").isEmpty();
        assertThat(initiative(STOCKHOLM, ROBOT).orElseThrow().sharedWith()).isEmpty();
        PortfolioOverview halland = overview(HALLAND, PortfolioScope.ALL);
        assertThat(halland.total()).isZero();
        assertThat(halland.byUnit()).isEmpty();
        assertThat(halland.position()).isZero();
    }

    @Test
    void theSharedWithRegionsPortfolioHoldsItsOwnAndTheSharedInitiativesByDefault() {
        jointProjects();
        projector.deliver(log.all());

        PortfolioOverview skane = queries.query(new FindPortfolioOverview(SKANE, null),
                ResponseTypes.instanceOf(PortfolioOverview.class));

        assertThat(skane.tenant()).isEqualTo(SKANE);
        assertThat(skane.total()).isEqualTo(3);
        assertThat(skane.initiatives()).extracting(InitiativeView::initiativeId)
                .containsExactly(TRIAGE, SKANE_APP, GOTLAND_FERRY);
        assertThat(skane.initiatives()).extracting(InitiativeView::tenant).containsExactly(STOCKHOLM, SKANE, GOTLAND);
        assertThat(skane.initiatives()).extracting(InitiativeView::sharedWith)
                .containsExactly(List.of(SKANE, GOTLAND), List.of(), List.of(SKANE));
        assertThat(skane.initiatives()).extracting(InitiativeView::unitName)
                .containsExactly("Karolinska", "Skånes universitetssjukhus", "Visby lasarett");
        // counts are over the whole portfolio the region sees; each unit named by its own region
        assertThat(skane.byUnit()).containsExactly(new UnitCount(KAROLINSKA, "Karolinska", 1),
                new UnitCount(SUS, "Skånes universitetssjukhus", 1), new UnitCount(VISBY, "Visby lasarett", 1));
        assertThat(skane.byTestbed()).containsExactly(new UnitCount(LAB, "Innovationsplatsen", 1));
        assertThat(skane.byPartner()).containsExactly(new ValueCount("Cambio", 1));
        assertThat(skane.pilots()).isEqualTo(1);
        assertThat(skane.position()).as("the last event of the initiatives it sees")
                .isEqualTo(log.all().get(log.all().size() - 1).trackingToken().position().orElseThrow());
    }

    @Test
    void theScopeSelectsOwnSharedOrBoth() {
        jointProjects();
        projector.deliver(log.all());

        assertThat(ids(SKANE, PortfolioScope.OWN)).containsExactly(SKANE_APP);
        assertThat(ids(SKANE, PortfolioScope.SHARED)).containsExactly(TRIAGE, GOTLAND_FERRY);
        assertThat(ids(SKANE, PortfolioScope.ALL)).containsExactly(TRIAGE, SKANE_APP, GOTLAND_FERRY);
        assertThat(ids(GOTLAND, PortfolioScope.SHARED)).containsExactly(TRIAGE);
        assertThat(ids(GOTLAND, PortfolioScope.OWN)).containsExactly(GOTLAND_FERRY);
        // an owner's shared initiatives stay in its own scope; none is shared with it
        assertThat(ids(STOCKHOLM, PortfolioScope.OWN)).containsExactly(TRIAGE, ROBOT);
        assertThat(ids(STOCKHOLM, PortfolioScope.SHARED)).isEmpty();
        assertThat(ids(STOCKHOLM, PortfolioScope.ALL)).containsExactly(TRIAGE, ROBOT);

        PortfolioOverview own = overview(SKANE, PortfolioScope.OWN);
        assertThat(own.byUnit()).containsExactly(new UnitCount(SUS, "Skånes universitetssjukhus", 1));
        assertThat(own.byPartner()).isEmpty();
    }

    @Test
    void theOtherFiltersCombineWithTheScope() {
        jointProjects();
        projector.deliver(log.all());

        assertThat(query(new FindPortfolioOverview(SKANE, KAROLINSKA)).initiatives())
                .extracting(InitiativeView::initiativeId).containsExactly(TRIAGE);
        assertThat(query(new FindPortfolioOverview(SKANE, null, null, null, null, "Akutsjukvård", null, null, null,
                PortfolioScope.SHARED, 0, 50, null, false)).total()).isEqualTo(1);
        assertThat(query(new FindPortfolioOverview(SKANE, null, null, null, null, "Akutsjukvård", null, null, null,
                PortfolioScope.OWN, 0, 50, null, false)).total()).isZero();
        assertThat(query(new FindPortfolioOverview(SKANE, null, null, null, null, null, null, "Cambio",
                InitiativeStatus.OPEN, null, 0, 50, null, false)).initiatives())
                .extracting(InitiativeView::initiativeId).containsExactly(TRIAGE);
        assertThat(query(new FindPortfolioOverview(HALLAND, KAROLINSKA)).total()).isZero();
    }

    @Test
    void onceTheSharingEndedThatRegionNoLongerSeesItAndTheOthersStillDo() {
        jointProjects();
        events.then(STOCKHOLM, new InitiativeSharingEnded(TRIAGE, STOCKHOLM, SKANE));
        projector.deliver(log.all());

        assertThat(initiative(SKANE, TRIAGE)).isEmpty();
        assertThat(ids(SKANE, PortfolioScope.ALL)).containsExactly(SKANE_APP, GOTLAND_FERRY);
        assertThat(ids(SKANE, PortfolioScope.SHARED)).containsExactly(GOTLAND_FERRY);
        assertThat(overview(SKANE, PortfolioScope.ALL).byUnit()).extracting(UnitCount::unitId)
                .doesNotContain(KAROLINSKA);
        InitiativeView triage = initiative(GOTLAND, TRIAGE).orElseThrow();
        assertThat(triage.sharedWith()).containsExactly(GOTLAND);
        assertThat(triage.version()).isEqualTo(5);
        assertThat(initiative(STOCKHOLM, TRIAGE)).contains(triage);
    }

    @Test
    void aClosedInitiativeIsSharedLikeAnyOther() {
        jointProjects();
        events.then(STOCKHOLM, new InitiativeClosed(ROBOT, "Avslutad", LocalDate.of(2024, 6, 1)));
        events.then(STOCKHOLM, new InitiativeShared(ROBOT, STOCKHOLM, HALLAND));
        projector.deliver(log.all());

        InitiativeView robot = initiative(HALLAND, ROBOT).orElseThrow();
        assertThat(robot.status()).isEqualTo(InitiativeStatus.CLOSED);
        assertThat(robot.sharedWith()).containsExactly(HALLAND);
        assertThat(ids(HALLAND, PortfolioScope.SHARED)).containsExactly(ROBOT);
    }

    @Test
    void aRenameByTheOwnerShowsToTheRegionsItSharesWith() {
        jointProjects();
        log.unitRenamed(STOCKHOLM, new OrganisationUnitRenamed(KAROLINSKA, "Karolinska", "Karolinska Solna",
                LocalDate.now().minusDays(1)), "bob");
        projector.deliver(log.all());

        assertThat(initiative(SKANE, TRIAGE).orElseThrow().unitName()).isEqualTo("Karolinska Solna");
        PortfolioOverview skane = overview(SKANE, PortfolioScope.SHARED);
        assertThat(skane.byUnit()).contains(new UnitCount(KAROLINSKA, "Karolinska Solna", 1));
        assertThat(skane.position()).as("the owner's unit names are part of the overview")
                .isEqualTo(log.all().get(log.all().size() - 1).trackingToken().position().orElseThrow());
    }

    @Test
    void redeliveryChangesNothingAndAnOlderShareRedeliveredAfterTheEndDoesNotReopenIt() {
        jointProjects();
        TrackedEventMessage<?> share = log.all().get(log.all().size() - 3);
        events.then(STOCKHOLM, new InitiativeSharingEnded(TRIAGE, STOCKHOLM, SKANE));
        projector.deliver(log.all());
        PortfolioOverview skane = overview(SKANE, PortfolioScope.ALL);
        Map<String, ?> documents = MONGO.snapshot(COLLECTIONS);

        projector.deliver(log.all());
        projector.deliver(share);

        assertThat(initiative(SKANE, TRIAGE)).isEmpty();
        assertThat(overview(SKANE, PortfolioScope.ALL)).isEqualTo(skane);
        assertThat(MONGO.snapshot(COLLECTIONS)).isEqualTo(documents);
    }

    @Test
    void resetAndReplayRebuildTheSharingIdentically() {
        jointProjects();
        events.then(STOCKHOLM, new InitiativeSharingEnded(TRIAGE, STOCKHOLM, SKANE));
        events.then(STOCKHOLM, new InitiativeShared(TRIAGE, STOCKHOLM, SKANE));
        projector.deliver(log.all());
        PortfolioOverview skane = overview(SKANE, PortfolioScope.ALL);
        InitiativeView triage = initiative(SKANE, TRIAGE).orElseThrow();
        Map<String, ?> documents = MONGO.snapshot(COLLECTIONS);

        projector.reset();
        assertThat(initiative(SKANE, TRIAGE)).isEmpty();
        projector.replay(log.all());

        assertThat(overview(SKANE, PortfolioScope.ALL)).isEqualTo(skane);
        assertThat(initiative(SKANE, TRIAGE)).contains(triage);
        assertThat(MONGO.snapshot(COLLECTIONS)).isEqualTo(documents);
        assertThat(triage.sharedWith()).as("shared again: last in order").containsExactly(GOTLAND, SKANE);
    }

    private Optional<InitiativeView> initiative(TenantId tenant, InitiativeId initiativeId) {
        return queries.query(new FindInitiative(tenant, initiativeId),
                ResponseTypes.optionalInstanceOf(InitiativeView.class));
    }

    private PortfolioOverview overview(TenantId tenant, PortfolioScope scope) {
        return query(new FindPortfolioOverview(tenant, null, null, null, null, null, null, null, null, scope, 0,
                FindPortfolioOverview.DEFAULT_SIZE, null, false));
    }

    private PortfolioOverview query(FindPortfolioOverview query) {
        return queries.query(query, ResponseTypes.instanceOf(PortfolioOverview.class));
    }

    private List<InitiativeId> ids(TenantId tenant, PortfolioScope scope) {
        return overview(tenant, scope).initiatives().stream().map(InitiativeView::initiativeId).toList();
    }
}
