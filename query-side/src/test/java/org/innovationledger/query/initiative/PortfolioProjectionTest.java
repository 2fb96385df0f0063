package org.innovationledger.query.initiative;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.FindInitiative;
import org.innovationledger.kernel.initiative.FindPortfolioOverview;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.initiative.InitiativeRegistered;
import org.innovationledger.kernel.initiative.InitiativeView;
import org.innovationledger.kernel.initiative.PortfolioOverview;
import org.innovationledger.kernel.initiative.PortfolioOverview.UnitCount;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.organisation.OrganisationUnitRegistered;
import org.innovationledger.kernel.organisation.OrganisationUnitRenamed;
import org.innovationledger.query.testsupport.EventLog;
import org.innovationledger.query.testsupport.InMemoryMongo;
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

class PortfolioProjectionTest {

    @RegisterExtension
    static final InMemoryMongo MONGO = new InMemoryMongo();

    private static final TenantId STOCKHOLM = TenantId.of("region-stockholm");
    private static final TenantId SKANE = TenantId.of("region-skane");
    private static final OrganisationUnitId KAROLINSKA = OrganisationUnitId.of("unit-karolinska");
    private static final OrganisationUnitId TESTBED_LAB = OrganisationUnitId.of("unit-innovationlab");
    private static final OrganisationUnitId DANDERYD = OrganisationUnitId.of("unit-danderyd");
    private static final OrganisationUnitId SUS = OrganisationUnitId.of("unit-sus");
    private static final InitiativeId AI_TRIAGE = InitiativeId.of("ini-ai-triage");
    private static final InitiativeId HOME_DIALYSIS = InitiativeId.of("ini-home-dialysis");
    private static final InitiativeId ROBOT_PHARMACY = InitiativeId.of("ini-robot-pharmacy");
    private static final InitiativeId SKANE_APP = InitiativeId.of("ini-skane-app");
    private static final Instant AT_TRIAGE = Instant.parse("2024-05-02T07:30:00.250Z");
    private static final Instant AT_DIALYSIS = Instant.parse("2024-05-03T12:00:00Z");
    private static final Instant AT_ROBOT = Instant.parse("2024-06-10T09:45:12.500Z");
    private static final String[] COLLECTIONS = {InitiativeDocument.COLLECTION, PortfolioUnitDocument.COLLECTION};

    private EventLog log;
    private Projector projector;

    @BeforeEach
    void setUp() {
        log = new EventLog(1);
        projector = new Projector(new PortfolioProjection(MONGO.template(), Clock.systemDefaultZone()));
    }

    /**
     * Stockholm: Karolinska owns two initiatives, the innovation lab one; Skåne: one initiative.
     * Positions: units 1, 2, (gap) 5 (Skåne); initiatives 6, 7, 8, 9 (Skåne).
     */
    private void portfolio() {
        log.unitRegistered(new OrganisationUnitRegistered(KAROLINSKA, STOCKHOLM, "Karolinska Universitetssjukhuset",
                HOSPITAL, null, LocalDate.of(2004, 1, 1)), "alice");
        log.unitRegistered(new OrganisationUnitRegistered(TESTBED_LAB, STOCKHOLM, "Innovationsplatsen",
                TESTBED, KAROLINSKA, null), "alice");
        log.skip(2);
        log.unitRegistered(new OrganisationUnitRegistered(SUS, SKANE, "Skånes universitetssjukhus", HOSPITAL,
                null, null), "sven");
        log.initiativeRegistered(new InitiativeRegistered(AI_TRIAGE, STOCKHOLM, "AI-triage på akuten",
                "Beslutsstöd vid triage", KAROLINSKA), "carl", AT_TRIAGE);
        log.initiativeRegistered(new InitiativeRegistered(HOME_DIALYSIS, STOCKHOLM, "Hemdialys med sensorer",
                null, TESTBED_LAB), "dana", AT_DIALYSIS);
        log.initiativeRegistered(new InitiativeRegistered(ROBOT_PHARMACY, STOCKHOLM, "Läkemedelsrobot",
                "Automatiserad dosering", KAROLINSKA), "carl", AT_ROBOT);
        log.initiativeRegistered(new InitiativeRegistered(SKANE_APP, SKANE, "Vårdapp", null, SUS), "sven",
                Instant.parse("2024-07-01T10:00:00Z"));
    }

    @Test
    void overviewCountsInitiativesPerOwningUnitWithTodaysUnitName() {
        portfolio();
        projector.deliver(log.all());

        PortfolioOverview overview = overview(STOCKHOLM, null);

        assertThat(overview.tenant()).isEqualTo(STOCKHOLM);
        assertThat(overview.initiativeCount()).isEqualTo(3);
        assertThat(overview.byUnit()).containsExactly(
                new UnitCount(KAROLINSKA, "Karolinska Universitetssjukhuset", 2),
                new UnitCount(TESTBED_LAB, "Innovationsplatsen", 1));
        assertThat(overview.initiatives()).extracting(InitiativeView::initiativeId)
                .containsExactly(AI_TRIAGE, HOME_DIALYSIS, ROBOT_PHARMACY);
        assertThat(overview.initiatives()).extracting(InitiativeView::unitName)
                .containsExactly("Karolinska Universitetssjukhuset", "Innovationsplatsen",
                        "Karolinska Universitetssjukhuset");
        assertThat(overview.position()).isEqualTo(8);
    }

    @Test
    void registeredByIsThePrincipalAndRegisteredAtTheEventTimestamp() {
        portfolio();
        projector.deliver(log.all());

        InitiativeView triage = new InitiativeView(AI_TRIAGE, STOCKHOLM, "AI-triage på akuten",
                "Beslutsstöd vid triage", KAROLINSKA, "Karolinska Universitetssjukhuset", AT_TRIAGE, "carl", 0, 6);
        assertThat(initiative(STOCKHOLM, AI_TRIAGE)).contains(triage);
        assertThat(overview(STOCKHOLM, null).initiatives().get(0)).isEqualTo(triage);

        InitiativeView dialysis = initiative(STOCKHOLM, HOME_DIALYSIS).orElseThrow();
        assertThat(dialysis.registeredBy()).isEqualTo("dana");
        assertThat(dialysis.registeredAt()).isEqualTo(AT_DIALYSIS);
        assertThat(dialysis.description()).isNull();
        assertThat(dialysis.position()).isEqualTo(7);
    }

    @Test
    void overviewCanBeNarrowedToOneOwningUnit() {
        portfolio();
        projector.deliver(log.all());

        PortfolioOverview karolinska = overview(STOCKHOLM, KAROLINSKA);
        assertThat(karolinska.initiativeCount()).isEqualTo(2);
        assertThat(karolinska.byUnit()).containsExactly(
                new UnitCount(KAROLINSKA, "Karolinska Universitetssjukhuset", 2));
        assertThat(karolinska.initiatives()).extracting(InitiativeView::initiativeId)
                .containsExactly(AI_TRIAGE, ROBOT_PHARMACY);
        assertThat(karolinska.position()).isEqualTo(8);

        PortfolioOverview lab = overview(STOCKHOLM, TESTBED_LAB);
        assertThat(lab.initiativeCount()).isEqualTo(1);
        assertThat(lab.byUnit()).containsExactly(new UnitCount(TESTBED_LAB, "Innovationsplatsen", 1));
        assertThat(lab.position()).isEqualTo(7);

        // another tenant's unit does not leak through the filter
        PortfolioOverview foreign = overview(STOCKHOLM, SUS);
        assertThat(foreign.initiativeCount()).isZero();
        assertThat(foreign.byUnit()).isEmpty();
    }

    @Test
    void anotherTenantSeesNothingOfIt() {
        portfolio();
        projector.deliver(log.all());

        PortfolioOverview skane = overview(SKANE, null);
        assertThat(skane.initiativeCount()).isEqualTo(1);
        assertThat(skane.byUnit()).containsExactly(new UnitCount(SUS, "Skånes universitetssjukhus", 1));
        assertThat(skane.initiatives()).extracting(InitiativeView::initiativeId).containsExactly(SKANE_APP);
        assertThat(skane.position()).isEqualTo(9);

        PortfolioOverview gotland = overview(TenantId.of("region-gotland"), null);
        assertThat(gotland).isEqualTo(new PortfolioOverview(TenantId.of("region-gotland"), 0, List.of(),
                List.of(), 0));
        assertThat(initiative(SKANE, AI_TRIAGE)).isEmpty();
        assertThat(initiative(STOCKHOLM, SKANE_APP)).isEmpty();
        assertThat(initiative(STOCKHOLM, InitiativeId.of("ini-unknown"))).isEmpty();
    }

    @Test
    void redeliveryDoesNotDoubleCount() {
        portfolio();
        projector.deliver(log.all());
        PortfolioOverview before = overview(STOCKHOLM, null);
        Map<String, ?> documents = MONGO.snapshot(COLLECTIONS);

        projector.deliver(log.all());
        projector.deliver(log.all().subList(3, 6)); // an older stretch again after newer events

        assertThat(overview(STOCKHOLM, null)).isEqualTo(before);
        assertThat(overview(STOCKHOLM, null).initiativeCount()).isEqualTo(3);
        assertThat(MONGO.snapshot(COLLECTIONS)).isEqualTo(documents);
    }

    @Test
    void redeliveredRenameDoesNotAddTheNameTwiceAndAnOlderOneIsIgnored() {
        portfolio();
        TrackedEventMessage<?> first = log.unitRenamed(STOCKHOLM, new OrganisationUnitRenamed(KAROLINSKA,
                "Karolinska Universitetssjukhuset", "Karolinska", LocalDate.now().minusYears(2)), "bob");
        log.unitRenamed(STOCKHOLM, new OrganisationUnitRenamed(KAROLINSKA, "Karolinska", "Karolinska Solna",
                LocalDate.now().minusDays(2)), "bob");
        projector.deliver(log.all());
        Map<String, ?> documents = MONGO.snapshot(COLLECTIONS);

        projector.deliver(log.all());
        projector.deliver(first);

        assertThat(MONGO.snapshot(COLLECTIONS)).isEqualTo(documents);
        PortfolioUnitDocument unit = MONGO.template().findById(KAROLINSKA.value(), PortfolioUnitDocument.class);
        assertThat(unit.names().entries()).extracting(e -> e.name())
                .containsExactly("Karolinska Universitetssjukhuset", "Karolinska", "Karolinska Solna");
        assertThat(overview(STOCKHOLM, KAROLINSKA).byUnit())
                .containsExactly(new UnitCount(KAROLINSKA, "Karolinska Solna", 2));
    }

    @Test
    void renameOfAUnitShowsUpInTheOverviewOnceInForce() {
        portfolio();
        log.unitRenamed(STOCKHOLM, new OrganisationUnitRenamed(TESTBED_LAB, "Innovationsplatsen",
                "Innovation Karolinska", LocalDate.now().minusDays(1)), "bob");
        log.unitRenamed(STOCKHOLM, new OrganisationUnitRenamed(KAROLINSKA, "Karolinska Universitetssjukhuset",
                "Nya Karolinska Solna", LocalDate.now().plusMonths(6)), "bob");
        projector.deliver(log.all());

        PortfolioOverview overview = overview(STOCKHOLM, null);
        assertThat(overview.byUnit()).containsExactly(
                new UnitCount(KAROLINSKA, "Karolinska Universitetssjukhuset", 2),
                new UnitCount(TESTBED_LAB, "Innovation Karolinska", 1));
        assertThat(overview.initiatives()).extracting(InitiativeView::unitName)
                .containsExactly("Karolinska Universitetssjukhuset", "Innovation Karolinska",
                        "Karolinska Universitetssjukhuset");
        assertThat(initiative(STOCKHOLM, HOME_DIALYSIS).orElseThrow().unitName()).isEqualTo("Innovation Karolinska");
        // the rename does not touch the initiative itself
        assertThat(initiative(STOCKHOLM, HOME_DIALYSIS).orElseThrow().version()).isZero();
    }

    @Test
    void unitsWithEqualCountsAreOrderedByName() {
        log.unitRegistered(new OrganisationUnitRegistered(KAROLINSKA, STOCKHOLM, "Karolinska", HOSPITAL,
                null, null), "alice");
        log.unitRegistered(new OrganisationUnitRegistered(DANDERYD, STOCKHOLM, "Danderyds sjukhus", HOSPITAL,
                null, null), "alice");
        log.initiativeRegistered(new InitiativeRegistered(AI_TRIAGE, STOCKHOLM, "AI-triage", null, KAROLINSKA),
                "carl", AT_TRIAGE);
        log.initiativeRegistered(new InitiativeRegistered(HOME_DIALYSIS, STOCKHOLM, "Hemdialys", null, DANDERYD),
                "carl", AT_DIALYSIS);
        projector.deliver(log.all());

        assertThat(overview(STOCKHOLM, null).byUnit()).containsExactly(
                new UnitCount(DANDERYD, "Danderyds sjukhus", 1),
                new UnitCount(KAROLINSKA, "Karolinska", 1));
    }

    @Test
    void resetEmptiesThePortfolioAndAReplayRebuildsAnIdenticalOverview() {
        portfolio();
        log.unitRenamed(STOCKHOLM, new OrganisationUnitRenamed(TESTBED_LAB, "Innovationsplatsen",
                "Innovation Karolinska", LocalDate.now().minusDays(1)), "bob");
        projector.deliver(log.all());
        PortfolioOverview stockholm = overview(STOCKHOLM, null);
        PortfolioOverview skane = overview(SKANE, null);
        Map<String, ?> documents = MONGO.snapshot(COLLECTIONS);
        // another projection's collection in the same database must survive the portfolio's reset
        MONGO.template().getCollection("organisation_units").insertOne(new org.bson.Document("_id", "unit-x"));

        projector.reset();

        assertThat(MONGO.count(InitiativeDocument.COLLECTION)).isZero();
        assertThat(MONGO.count(PortfolioUnitDocument.COLLECTION)).isZero();
        assertThat(MONGO.count("organisation_units")).isEqualTo(1);
        assertThat(overview(STOCKHOLM, null).initiativeCount()).isZero();
        assertThat(initiative(STOCKHOLM, AI_TRIAGE)).isEmpty();

        projector.replay(log.all());

        assertThat(overview(STOCKHOLM, null)).isEqualTo(stockholm);
        assertThat(overview(SKANE, null)).isEqualTo(skane);
        assertThat(MONGO.snapshot(COLLECTIONS)).isEqualTo(documents);
        assertThat(stockholm.byUnit()).extracting(UnitCount::unitName)
                .containsExactly("Karolinska Universitetssjukhuset", "Innovation Karolinska");
    }

    private PortfolioOverview overview(TenantId tenant, OrganisationUnitId unitId) {
        return projector.query(new FindPortfolioOverview(tenant, unitId),
                ResponseTypes.instanceOf(PortfolioOverview.class));
    }

    private Optional<InitiativeView> initiative(TenantId tenant, InitiativeId initiativeId) {
        return projector.query(new FindInitiative(tenant, initiativeId),
                ResponseTypes.optionalInstanceOf(InitiativeView.class));
    }
}
