package org.innovationledger.query.initiative;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.BarrierCategory;
import org.innovationledger.kernel.initiative.BarrierObserved;
import org.innovationledger.kernel.initiative.CareUnitAnchoringRecorded;
import org.innovationledger.kernel.initiative.EconomicValue;
import org.innovationledger.kernel.initiative.FindInitiative;
import org.innovationledger.kernel.initiative.FindPortfolioOverview;
import org.innovationledger.kernel.initiative.InitiativeClassified;
import org.innovationledger.kernel.initiative.InitiativeClosed;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.initiative.InitiativeImplemented;
import org.innovationledger.kernel.initiative.InitiativeOrigin;
import org.innovationledger.kernel.initiative.InitiativeRegistered;
import org.innovationledger.kernel.initiative.InitiativeRole;
import org.innovationledger.kernel.initiative.InitiativeRoleAssigned;
import org.innovationledger.kernel.initiative.InitiativeSpread;
import org.innovationledger.kernel.initiative.InitiativeStatus;
import org.innovationledger.kernel.initiative.InitiativeView;
import org.innovationledger.kernel.initiative.InitiativeView.UnitRef;
import org.innovationledger.kernel.initiative.InnovationType;
import org.innovationledger.kernel.initiative.NeedsAndCostBaselineRecorded;
import org.innovationledger.kernel.initiative.PilotCompleted;
import org.innovationledger.kernel.initiative.PilotStarted;
import org.innovationledger.kernel.initiative.PortfolioOverview;
import org.innovationledger.kernel.initiative.PortfolioOverview.UnitCount;
import org.innovationledger.kernel.initiative.ResultsPublished;
import org.innovationledger.kernel.initiative.StrategicDecision;
import org.innovationledger.kernel.initiative.GateDecisionRecorded;
import org.innovationledger.kernel.initiative.GateDecisionRetracted;
import org.innovationledger.kernel.initiative.SystemLevel;
import org.innovationledger.kernel.initiative.ValueAnalysisCompleted;
import org.innovationledger.kernel.mission.MissionId;
import org.innovationledger.kernel.need.NeedId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.organisation.OrganisationUnitRegistered;
import org.innovationledger.kernel.organisation.OrganisationUnitRenamed;
import org.innovationledger.kernel.process.CaseType;
import org.innovationledger.kernel.process.EntryRequirement;
import org.innovationledger.kernel.process.GateDefinition;
import org.innovationledger.kernel.process.GateOutcome;
import org.innovationledger.kernel.process.PhaseDefinition;
import org.innovationledger.kernel.process.PhaseStage;
import org.innovationledger.kernel.process.ProcessModelDefined;
import org.innovationledger.kernel.process.ProcessModelDefinition;
import org.innovationledger.kernel.process.ProcessModelId;
import org.innovationledger.kernel.process.ProcessModelRef;
import org.innovationledger.kernel.process.ProcessModelRevised;
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
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.kernel.organisation.OrganisationUnitKind.CLINIC;
import static org.innovationledger.kernel.organisation.OrganisationUnitKind.HOSPITAL;
import static org.innovationledger.kernel.organisation.OrganisationUnitKind.TESTBED;
import static org.innovationledger.kernel.process.BuiltInProcessModels.GENERIC_STAGE_GATE;
import static org.innovationledger.kernel.process.BuiltInProcessModels.VLL_PARTNERSHIP;
import static org.innovationledger.query.testsupport.InitiativeEvents.decision;

/** The portfolio projection fed real events: the documents it keeps and the initiative detail. */
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
        events.registered(registration(AI_TRIAGE, STOCKHOLM, "AI-triage på akuten", "Beslutsstöd vid triage",
                KAROLINSKA), "carl", AT_TRIAGE);
        events.registered(registration(HOME_DIALYSIS, STOCKHOLM, "Hemdialys med sensorer", null, TESTBED_LAB),
                "dana", AT_DIALYSIS);
        events.registered(registration(ROBOT_PHARMACY, STOCKHOLM, "Läkemedelsrobot", "Automatiserad dosering",
                KAROLINSKA), "carl", AT_ROBOT);
        events.registered(registration(SKANE_APP, SKANE, "Vårdapp", null, SUS), "sven",
                Instant.parse("2024-07-01T10:00:00Z"));
    }

    private static InitiativeRegistered registration(InitiativeId id, TenantId tenant, String title,
                                                     String description, OrganisationUnitId unit) {
        return new InitiativeRegistered(id, tenant, title, description, unit, InitiativeOrigin.NEED,
                NeedId.of("need-" + id.value()), null, CaseType.INNOVATION, GENERIC_STAGE_GATE, "NEED");
    }

    @Test
    void overviewCountsInitiativesPerOwningUnitWithTodaysUnitName() {
        portfolio();
        projector.deliver(log.all());

        PortfolioOverview overview = overview(STOCKHOLM, null);

        assertThat(overview.tenant()).isEqualTo(STOCKHOLM);
        assertThat(overview.total()).isEqualTo(3);
        assertThat(overview.initiativeCount()).as("the first release's name for the total").isEqualTo(3);
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
    void aRegisteredInitiativeStartsOpenInTheStartPhaseOfItsModelWithNothingElseOnRecord() {
        portfolio();
        projector.deliver(log.all());

        InitiativeView triage = new InitiativeView(AI_TRIAGE, STOCKHOLM, List.of(), "AI-triage på akuten",
                "Beslutsstöd vid triage", KAROLINSKA, "Karolinska Universitetssjukhuset", InitiativeOrigin.NEED,
                NeedId.of("need-ini-ai-triage"), null, CaseType.INNOVATION, GENERIC_STAGE_GATE, "NEED", "Need",
                PhaseStage.INTAKE, InitiativeStatus.OPEN, null, null,
                new InitiativeView.Classification(null, null, null, List.of(), null), List.of(), Set.of(), null,
                List.of(), 0, List.of(), List.of(), List.of(), null, null, AT_TRIAGE, "carl", 0, 6);
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
        assertThat(karolinska.total()).isEqualTo(2);
        assertThat(karolinska.byUnit()).containsExactly(
                new UnitCount(KAROLINSKA, "Karolinska Universitetssjukhuset", 2));
        assertThat(karolinska.initiatives()).extracting(InitiativeView::initiativeId)
                .containsExactly(AI_TRIAGE, ROBOT_PHARMACY);
        assertThat(karolinska.position()).isEqualTo(8);

        PortfolioOverview lab = overview(STOCKHOLM, TESTBED_LAB);
        assertThat(lab.total()).isEqualTo(1);
        assertThat(lab.byUnit()).containsExactly(new UnitCount(TESTBED_LAB, "Innovationsplatsen", 1));
        assertThat(lab.position()).isEqualTo(7);

        // another tenant's unit does not leak through the filter
        PortfolioOverview foreign = overview(STOCKHOLM, SUS);
        assertThat(foreign.total()).isZero();
        assertThat(foreign.byUnit()).isEmpty();
    }

    @Test
    void anotherTenantSeesNothingOfIt() {
        portfolio();
        projector.deliver(log.all());

        PortfolioOverview skane = overview(SKANE, null);
        assertThat(skane.total()).isEqualTo(1);
        assertThat(skane.byUnit()).containsExactly(new UnitCount(SUS, "Skånes universitetssjukhus", 1));
        assertThat(skane.initiatives()).extracting(InitiativeView::initiativeId).containsExactly(SKANE_APP);
        assertThat(skane.position()).isEqualTo(9);

        PortfolioOverview gotland = overview(TenantId.of("region-gotland"), null);
        assertThat(gotland.total()).isZero();
        assertThat(gotland.initiatives()).isEmpty();
        assertThat(gotland.byUnit()).isEmpty();
        assertThat(gotland.byStage()).allMatch(stage -> stage.initiatives() == 0);
        assertThat(gotland.position()).isZero();
        assertThat(initiative(SKANE, AI_TRIAGE)).isEmpty();
        assertThat(initiative(STOCKHOLM, SKANE_APP)).isEmpty();
        assertThat(initiative(STOCKHOLM, InitiativeId.of("ini-unknown"))).isEmpty();
    }

    @Test
    void detailShowsEverythingOnRecordAndTheVersionOfTheLastEvent() {
        lifecycleOfTriageUnderVll();
        projector.deliver(log.all());

        InitiativeView triage = initiative(STOCKHOLM, AI_TRIAGE).orElseThrow();

        assertThat(triage.processModel()).isEqualTo(VLL_PARTNERSHIP);
        assertThat(triage.origin()).isEqualTo(InitiativeOrigin.PARTNER_OFFER);
        assertThat(triage.partnerName()).isEqualTo("Cambio");
        assertThat(triage.classification()).isEqualTo(new InitiativeView.Classification("Akutsjukvård",
                "Triage", InnovationType.SERVICE, List.of(MissionId.of("mission-1")),
                new UnitRef(TESTBED_LAB, "Innovationsplatsen")));
        // a role has one holder at a time: the later assignment replaced the first need owner
        assertThat(triage.roles()).containsExactly(
                new InitiativeView.RoleHolder(InitiativeRole.NEED_OWNER, null,
                        new UnitRef(KAROLINSKA, "Karolinska Universitetssjukhuset")),
                new InitiativeView.RoleHolder(InitiativeRole.FUNDER, "Innovationsfonden", null));
        assertThat(triage.onRecord()).containsExactlyInAnyOrder(EntryRequirement.CARE_UNIT_ANCHORING,
                EntryRequirement.NEEDS_AND_COST_BASELINE, EntryRequirement.VALUE_ANALYSIS);
        assertThat(triage.economicValue()).isEqualTo(EconomicValue.NEGATIVE);
        assertThat(triage.phase()).isEqualTo("STEG_5");
        assertThat(triage.phaseName()).startsWith("STEG 5: Breddinförande");
        assertThat(triage.stage()).isEqualTo(PhaseStage.SPREAD);
        assertThat(triage.lastDecisionOn()).isEqualTo(LocalDate.of(2024, 11, 20));
        assertThat(triage.pilots()).containsExactly(
                new InitiativeView.Pilot("P1", new UnitRef(TESTBED_LAB, "Innovationsplatsen"),
                        LocalDate.of(2024, 9, 1), LocalDate.of(2024, 10, 31), "Kortare väntetid"),
                new InitiativeView.Pilot("P2", new UnitRef(KAROLINSKA, "Karolinska Universitetssjukhuset"),
                        LocalDate.of(2024, 9, 15), null, null));
        assertThat(triage.runningPilots()).isEqualTo(1);
        assertThat(triage.implementations()).containsExactly(
                new InitiativeView.Implementation(new UnitRef(KAROLINSKA, "Karolinska Universitetssjukhuset"),
                        LocalDate.of(2024, 12, 1)));
        assertThat(triage.spread()).containsExactly(
                new InitiativeView.Spread(new UnitRef(DANDERYD, null), LocalDate.of(2025, 2, 1)));
        assertThat(triage.publications()).containsExactly(new InitiativeView.Publication("AI i triage",
                "Läkartidningen", "doi:10/xyz", LocalDate.of(2025, 3, 1)));
        assertThat(triage.status()).isEqualTo(InitiativeStatus.CLOSED);
        assertThat(triage.finalEvaluation()).isEqualTo("Målen nådda");
        assertThat(triage.closedOn()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(triage.version()).as("every event counts, barriers too").isEqualTo(20);
        assertThat(triage.position()).isEqualTo(log.all().get(log.all().size() - 1).trackingToken().position()
                .orElseThrow());
    }

    /** AI triage runs the VLL partnership process from STEG X to spread, and is closed: 21 events. */
    private void lifecycleOfTriageUnderVll() {
        InitiativeId id = AI_TRIAGE;
        log.unitRegistered(new OrganisationUnitRegistered(KAROLINSKA, STOCKHOLM, "Karolinska Universitetssjukhuset",
                HOSPITAL, null, null), "alice");
        log.unitRegistered(new OrganisationUnitRegistered(TESTBED_LAB, STOCKHOLM, "Innovationsplatsen", TESTBED,
                KAROLINSKA, null), "alice");
        // another tenant's unit id: its name never shows in Stockholm's views
        log.unitRegistered(new OrganisationUnitRegistered(DANDERYD, SKANE, "Någon annans klinik", CLINIC,
                null, null), "sven");
        events.registered(InitiativeEvents.fromPartner(id, STOCKHOLM, "AI-triage på akuten", KAROLINSKA,
                "Cambio", VLL_PARTNERSHIP, "STEG_X"), "carl", AT_TRIAGE);
        events.then(STOCKHOLM, new InitiativeClassified(id, "Akutsjukvård", "Triage", InnovationType.SERVICE,
                List.of(MissionId.of("mission-1")), TESTBED_LAB));
        events.then(STOCKHOLM, new InitiativeRoleAssigned(id, InitiativeRole.NEED_OWNER, "Akuten", null));
        events.then(STOCKHOLM, new InitiativeRoleAssigned(id, InitiativeRole.FUNDER, "Innovationsfonden", null));
        events.then(STOCKHOLM, new InitiativeRoleAssigned(id, InitiativeRole.NEED_OWNER, null, KAROLINSKA));
        events.then(STOCKHOLM, decision(id, 1, "GX", GateOutcome.PROCEED, "STEG_X", "STEG_1", LocalDate.of(2024, 5, 20)));
        events.then(STOCKHOLM, new CareUnitAnchoringRecorded(id, KAROLINSKA, "Stor"));
        events.then(STOCKHOLM, decision(id, 2, "G1", GateOutcome.PROCEED, "STEG_1", "STEG_2", LocalDate.of(2024, 6, 1)));
        events.then(STOCKHOLM, new NeedsAndCostBaselineRecorded(id, "Nuläge"));
        events.then(STOCKHOLM, decision(id, 3, "G2", GateOutcome.PROCEED, "STEG_2", "STEG_3", LocalDate.of(2024, 7, 1)));
        events.then(STOCKHOLM, new ValueAnalysisCompleted(id, "Negativt för regionen", EconomicValue.NEGATIVE));
        events.then(STOCKHOLM, new GateDecisionRecorded(id, id + "-D4", "G3", GateOutcome.PROCEED, "STEG_3",
                "STEG_4", "Regionen", List.of(), "Patientnytta", List.of(), LocalDate.of(2024, 8, 15),
                new StrategicDecision("Regionen", List.of("Patientsäkerhet"))));
        events.then(STOCKHOLM, new PilotStarted(id, "P1", TESTBED_LAB, LocalDate.of(2024, 9, 1)));
        events.then(STOCKHOLM, new PilotStarted(id, "P2", KAROLINSKA, LocalDate.of(2024, 9, 15)));
        events.then(STOCKHOLM, new BarrierObserved(id, "B1", BarrierCategory.DATA, SystemLevel.OPERATIONS, "Journal"));
        events.then(STOCKHOLM, new PilotCompleted(id, "P1", LocalDate.of(2024, 10, 31), "Kortare väntetid"));
        events.then(STOCKHOLM, decision(id, 5, "G4", GateOutcome.SCALE_UP, "STEG_4", "STEG_5", LocalDate.of(2024, 11, 20)));
        events.then(STOCKHOLM, new InitiativeImplemented(id, KAROLINSKA, LocalDate.of(2024, 12, 1)));
        events.then(STOCKHOLM, new InitiativeSpread(id, DANDERYD, LocalDate.of(2025, 2, 1)));
        events.then(STOCKHOLM, new ResultsPublished(id, "AI i triage", "Läkartidningen", "doi:10/xyz",
                LocalDate.of(2025, 3, 1)));
        events.then(STOCKHOLM, new InitiativeClosed(id, "Målen nådda", LocalDate.of(2025, 6, 30)));
    }

    @Test
    void gateDecisionsMoveThePhaseWithTheNameAndStageOfTheModelVersion() {
        portfolio();
        projector.deliver(log.all());
        projector.deliver(events.then(STOCKHOLM, decision(HOME_DIALYSIS, 1, "G1", GateOutcome.PROCEED, "NEED", "IDEA",
                LocalDate.of(2024, 6, 1))));
        assertThat(initiative(STOCKHOLM, HOME_DIALYSIS).orElseThrow())
                .extracting(InitiativeView::phase, InitiativeView::phaseName, InitiativeView::stage,
                        InitiativeView::lastDecisionOn, InitiativeView::version)
                .containsExactly("IDEA", "Idea", PhaseStage.EXPLORATION, LocalDate.of(2024, 6, 1), 1L);

        // an adjustment keeps the phase; recorded later but decided earlier, it does not move the last decision back
        projector.deliver(events.then(STOCKHOLM, decision(HOME_DIALYSIS, 2, "G2", GateOutcome.ADJUST, "IDEA", "IDEA",
                LocalDate.of(2024, 5, 1))));
        assertThat(initiative(STOCKHOLM, HOME_DIALYSIS).orElseThrow())
                .extracting(InitiativeView::phase, InitiativeView::stage, InitiativeView::status,
                        InitiativeView::lastDecisionOn)
                .containsExactly("IDEA", PhaseStage.EXPLORATION, InitiativeStatus.OPEN, LocalDate.of(2024, 6, 1));
    }

    @Test
    void aDiscontinuingDecisionEndsTheInitiativeWithoutStageAndAHandOverCountsAsHandedOn() {
        portfolio();
        events.then(STOCKHOLM, decision(AI_TRIAGE, 1, "G1", GateOutcome.DISCONTINUE, "NEED", null,
                LocalDate.of(2024, 6, 1)));
        events.then(STOCKHOLM, decision(HOME_DIALYSIS, 1, "G1", GateOutcome.HAND_OVER, "NEED", null,
                LocalDate.of(2024, 6, 2)));
        projector.deliver(log.all());

        InitiativeView stopped = initiative(STOCKHOLM, AI_TRIAGE).orElseThrow();
        assertThat(stopped.status()).isEqualTo(InitiativeStatus.ENDED_BY_DECISION);
        assertThat(stopped.endingOutcome()).isEqualTo(GateOutcome.DISCONTINUE);
        assertThat(stopped.phase()).isNull();
        assertThat(stopped.phaseName()).isNull();
        assertThat(stopped.stage()).isNull();

        InitiativeView handedOver = initiative(STOCKHOLM, HOME_DIALYSIS).orElseThrow();
        assertThat(handedOver.status()).isEqualTo(InitiativeStatus.ENDED_BY_DECISION);
        assertThat(handedOver.endingOutcome()).isEqualTo(GateOutcome.HAND_OVER);
        assertThat(handedOver.stage()).isEqualTo(PhaseStage.HANDED_ON);

        // closing afterwards: closed, and the ending decision stays on record
        projector.deliver(events.then(STOCKHOLM, new InitiativeClosed(AI_TRIAGE, "Avbrutet i tid",
                LocalDate.of(2024, 7, 1))));
        InitiativeView closed = initiative(STOCKHOLM, AI_TRIAGE).orElseThrow();
        assertThat(closed.status()).isEqualTo(InitiativeStatus.CLOSED);
        assertThat(closed.endingOutcome()).isEqualTo(GateOutcome.DISCONTINUE);
        assertThat(closed.closedOn()).isEqualTo(LocalDate.of(2024, 7, 1));
    }

    @Test
    void aRetractedDecisionPutsTheInitiativeBackInThePhaseItWasTakenIn() {
        portfolio();
        events.then(STOCKHOLM, decision(HOME_DIALYSIS, 1, "G1", GateOutcome.PROCEED, "NEED", "IDEA",
                LocalDate.of(2024, 6, 1)));
        events.then(STOCKHOLM, decision(HOME_DIALYSIS, 2, "G2", GateOutcome.PROCEED, "IDEA", "PRE_STUDY",
                LocalDate.of(2024, 8, 1)));
        projector.deliver(log.all());
        assertThat(initiative(STOCKHOLM, HOME_DIALYSIS).orElseThrow().phase()).isEqualTo("PRE_STUDY");

        projector.deliver(events.then(STOCKHOLM, new GateDecisionRetracted(HOME_DIALYSIS, "ini-home-dialysis-D2",
                "IDEA")));

        assertThat(initiative(STOCKHOLM, HOME_DIALYSIS).orElseThrow())
                .extracting(InitiativeView::phase, InitiativeView::phaseName, InitiativeView::stage,
                        InitiativeView::status, InitiativeView::lastDecisionOn, InitiativeView::version)
                .containsExactly("IDEA", "Idea", PhaseStage.EXPLORATION, InitiativeStatus.OPEN,
                        LocalDate.of(2024, 6, 1), 3L);

        // the next decision at the restored phase's gate counts as the last one again
        projector.deliver(events.then(STOCKHOLM, decision(HOME_DIALYSIS, 3, "G2", GateOutcome.ADJUST, "IDEA", "IDEA",
                LocalDate.of(2024, 8, 15))));
        projector.deliver(events.then(STOCKHOLM, new GateDecisionRetracted(HOME_DIALYSIS, "ini-home-dialysis-D3",
                "IDEA")));
        projector.deliver(events.then(STOCKHOLM, new GateDecisionRetracted(HOME_DIALYSIS, "ini-home-dialysis-D1",
                "NEED")));
        assertThat(initiative(STOCKHOLM, HOME_DIALYSIS).orElseThrow())
                .extracting(InitiativeView::phase, InitiativeView::phaseName, InitiativeView::stage,
                        InitiativeView::status, InitiativeView::lastDecisionOn, InitiativeView::version)
                .containsExactly("NEED", "Need", PhaseStage.INTAKE, InitiativeStatus.OPEN, null, 6L);
    }

    @Test
    void retractingTheDecisionThatEndedTheInitiativeReopensIt() {
        portfolio();
        events.then(STOCKHOLM, decision(AI_TRIAGE, 1, "G1", GateOutcome.PROCEED, "NEED", "IDEA",
                LocalDate.of(2024, 6, 1)));
        events.then(STOCKHOLM, decision(AI_TRIAGE, 2, "G2", GateOutcome.DISCONTINUE, "IDEA", null,
                LocalDate.of(2024, 7, 1)));
        projector.deliver(log.all());
        assertThat(initiative(STOCKHOLM, AI_TRIAGE).orElseThrow().status())
                .isEqualTo(InitiativeStatus.ENDED_BY_DECISION);
        assertThat(overview(STOCKHOLM, null).initiatives()).extracting(InitiativeView::status)
                .containsOnlyOnce(InitiativeStatus.ENDED_BY_DECISION);

        projector.deliver(events.then(STOCKHOLM, new GateDecisionRetracted(AI_TRIAGE, "ini-ai-triage-D2", "IDEA")));

        InitiativeView reopened = initiative(STOCKHOLM, AI_TRIAGE).orElseThrow();
        assertThat(reopened)
                .extracting(InitiativeView::phase, InitiativeView::phaseName, InitiativeView::stage,
                        InitiativeView::status, InitiativeView::endingOutcome, InitiativeView::lastDecisionOn,
                        InitiativeView::version)
                .containsExactly("IDEA", "Idea", PhaseStage.EXPLORATION, InitiativeStatus.OPEN, null,
                        LocalDate.of(2024, 6, 1), 3L);
        assertThat(overview(STOCKHOLM, null).initiatives()).extracting(InitiativeView::status)
                .containsOnly(InitiativeStatus.OPEN);
    }

    @Test
    void aRedeliveredRetractionChangesNothing() {
        portfolio();
        events.then(STOCKHOLM, decision(AI_TRIAGE, 1, "G1", GateOutcome.PROCEED, "NEED", "IDEA",
                LocalDate.of(2024, 6, 1)));
        events.then(STOCKHOLM, decision(AI_TRIAGE, 2, "G2", GateOutcome.DISCONTINUE, "IDEA", null,
                LocalDate.of(2024, 7, 1)));
        TrackedEventMessage<?> retraction = events.then(STOCKHOLM,
                new GateDecisionRetracted(AI_TRIAGE, "ini-ai-triage-D2", "IDEA"));
        projector.deliver(log.all());
        PortfolioOverview before = overview(STOCKHOLM, null);
        InitiativeView triage = initiative(STOCKHOLM, AI_TRIAGE).orElseThrow();
        Map<String, ?> documents = MONGO.snapshot(COLLECTIONS);

        projector.deliver(log.all());
        projector.deliver(retraction);
        projector.deliver(log.all().subList(log.all().size() - 3, log.all().size()));

        assertThat(overview(STOCKHOLM, null)).isEqualTo(before);
        assertThat(initiative(STOCKHOLM, AI_TRIAGE)).contains(triage);
        assertThat(MONGO.snapshot(COLLECTIONS)).isEqualTo(documents);
        assertThat(triage.phase()).isEqualTo("IDEA");
        assertThat(triage.status()).isEqualTo(InitiativeStatus.OPEN);
    }

    @Test
    void phasesOfATenantsOwnModelComeFromTheVersionTheInitiativeRunsUnder() {
        ProcessModelId own = ProcessModelId.of("pm-stockholm");
        log.append("ProcessModel", own.value(), new ProcessModelDefined(own, STOCKHOLM, 1, ownModel("Förstudie")),
                EventLog.metadata("alice", STOCKHOLM), null);
        log.append("ProcessModel", own.value(), new ProcessModelRevised(own, 2, ownModel("Förstudie och behov"),
                "Nytt namn"), EventLog.metadata("alice", STOCKHOLM), null);
        portfolio();
        events.registered(InitiativeEvents.fromNeed(InitiativeId.of("ini-v1"), STOCKHOLM, "Under v1", KAROLINSKA,
                new ProcessModelRef(own, 1), "STUDY"));
        events.registered(InitiativeEvents.fromNeed(InitiativeId.of("ini-v2"), STOCKHOLM, "Under v2", KAROLINSKA,
                new ProcessModelRef(own, 2), "STUDY"));
        // Skåne cannot use Stockholm's model: its phases are not resolved for it
        events.registered(InitiativeEvents.fromNeed(InitiativeId.of("ini-skane-own"), SKANE, "Lånad modell", SUS,
                new ProcessModelRef(own, 1), "STUDY"));
        projector.deliver(log.all());
        projector.deliver(events.then(STOCKHOLM, decision(InitiativeId.of("ini-v1"), 1, "G1", GateOutcome.PROCEED,
                "STUDY", "TRIAL", LocalDate.of(2024, 6, 1))));

        assertThat(initiative(STOCKHOLM, InitiativeId.of("ini-v1")).orElseThrow())
                .extracting(InitiativeView::phase, InitiativeView::phaseName, InitiativeView::stage)
                .containsExactly("TRIAL", "Försök", PhaseStage.TEST);
        assertThat(initiative(STOCKHOLM, InitiativeId.of("ini-v2")).orElseThrow())
                .extracting(InitiativeView::phase, InitiativeView::phaseName, InitiativeView::stage)
                .containsExactly("STUDY", "Förstudie och behov", PhaseStage.EXPLORATION);
        assertThat(initiative(SKANE, InitiativeId.of("ini-skane-own")).orElseThrow())
                .extracting(InitiativeView::phase, InitiativeView::phaseName, InitiativeView::stage)
                .containsExactly("STUDY", null, null);
    }

    private static ProcessModelDefinition ownModel(String studyName) {
        return new ProcessModelDefinition("Stockholms modell", null, List.of(
                new PhaseDefinition("STUDY", studyName, PhaseStage.EXPLORATION, Set.of()),
                new PhaseDefinition("TRIAL", "Försök", PhaseStage.TEST, Set.of())),
                List.of(new GateDefinition("G1", "Till försök", "STUDY",
                        List.of(new GateDefinition.Transition(GateOutcome.PROCEED, "TRIAL")))),
                "STUDY", Set.of(), false);
    }

    @Test
    void redeliveryDoesNotDoubleCount() {
        portfolio();
        events.then(STOCKHOLM, new PilotStarted(AI_TRIAGE, "P1", TESTBED_LAB, LocalDate.of(2024, 9, 1)));
        events.then(STOCKHOLM, new InitiativeImplemented(AI_TRIAGE, KAROLINSKA, LocalDate.of(2024, 12, 1)));
        projector.deliver(log.all());
        PortfolioOverview before = overview(STOCKHOLM, null);
        Map<String, ?> documents = MONGO.snapshot(COLLECTIONS);

        projector.deliver(log.all());
        projector.deliver(log.all().subList(3, 6)); // an older stretch again after newer events

        assertThat(overview(STOCKHOLM, null)).isEqualTo(before);
        assertThat(before.total()).isEqualTo(3);
        assertThat(initiative(STOCKHOLM, AI_TRIAGE).orElseThrow().pilots()).hasSize(1);
        assertThat(initiative(STOCKHOLM, AI_TRIAGE).orElseThrow().implementations()).hasSize(1);
        assertThat(MONGO.snapshot(COLLECTIONS)).isEqualTo(documents);
    }

    @Test
    void anOlderClassificationRedeliveredAfterANewerOneChangesNothing() {
        portfolio();
        TrackedEventMessage<?> first = events.then(STOCKHOLM, new InitiativeClassified(AI_TRIAGE, "Akutsjukvård",
                null, InnovationType.PRODUCT, List.of(), null));
        events.then(STOCKHOLM, new InitiativeClassified(AI_TRIAGE, "Nära vård", null, InnovationType.SERVICE,
                List.of(), TESTBED_LAB));
        projector.deliver(log.all());

        projector.deliver(first);

        InitiativeView triage = initiative(STOCKHOLM, AI_TRIAGE).orElseThrow();
        assertThat(triage.classification().strategyArea()).isEqualTo("Nära vård");
        assertThat(triage.classification().testbed()).isEqualTo(new UnitRef(TESTBED_LAB, "Innovationsplatsen"));
        assertThat(triage.version()).isEqualTo(2);
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
        events.registered(registration(AI_TRIAGE, STOCKHOLM, "AI-triage", null, KAROLINSKA), "carl", AT_TRIAGE);
        events.registered(registration(HOME_DIALYSIS, STOCKHOLM, "Hemdialys", null, DANDERYD), "carl", AT_DIALYSIS);
        projector.deliver(log.all());

        assertThat(overview(STOCKHOLM, null).byUnit()).containsExactly(
                new UnitCount(DANDERYD, "Danderyds sjukhus", 1),
                new UnitCount(KAROLINSKA, "Karolinska", 1));
    }

    @Test
    void resetEmptiesThePortfolioAndAReplayRebuildsAnIdenticalOverview() {
        ProcessModelId own = ProcessModelId.of("pm-stockholm");
        log.append("ProcessModel", own.value(), new ProcessModelDefined(own, STOCKHOLM, 1, ownModel("Förstudie")),
                EventLog.metadata("alice", STOCKHOLM), null);
        portfolio();
        log.unitRenamed(STOCKHOLM, new OrganisationUnitRenamed(TESTBED_LAB, "Innovationsplatsen",
                "Innovation Karolinska", LocalDate.now().minusDays(1)), "bob");
        events.then(STOCKHOLM, new InitiativeClassified(AI_TRIAGE, "Akutsjukvård", null, InnovationType.PRODUCT,
                List.of(MissionId.of("mission-1")), TESTBED_LAB));
        events.then(STOCKHOLM, decision(AI_TRIAGE, 1, "G1", GateOutcome.PROCEED, "NEED", "IDEA", LocalDate.of(2024, 6, 1)));
        events.then(STOCKHOLM, new InitiativeRoleAssigned(AI_TRIAGE, InitiativeRole.MAINTAINER, "IT", null));
        events.then(STOCKHOLM, decision(ROBOT_PHARMACY, 1, "G1", GateOutcome.DISCONTINUE, "NEED", null,
                LocalDate.of(2024, 6, 2)));
        events.then(STOCKHOLM, new InitiativeClosed(ROBOT_PHARMACY, "Stoppad", LocalDate.of(2024, 6, 3)));
        projector.deliver(log.all());
        PortfolioOverview stockholm = overview(STOCKHOLM, null);
        PortfolioOverview skane = overview(SKANE, null);
        InitiativeView triage = initiative(STOCKHOLM, AI_TRIAGE).orElseThrow();
        Map<String, ?> documents = MONGO.snapshot(COLLECTIONS);
        // another projection's collection in the same database must survive the portfolio's reset
        MONGO.template().getCollection("organisation_units").insertOne(new org.bson.Document("_id", "unit-x"));

        projector.reset();

        assertThat(MONGO.count(InitiativeDocument.COLLECTION)).isZero();
        assertThat(MONGO.count(PortfolioUnitDocument.COLLECTION)).isZero();
        assertThat(MONGO.count(PortfolioProcessModelDocument.COLLECTION)).isZero();
        assertThat(MONGO.count("organisation_units")).isEqualTo(1);
        assertThat(overview(STOCKHOLM, null).total()).isZero();
        assertThat(initiative(STOCKHOLM, AI_TRIAGE)).isEmpty();

        projector.replay(log.all());

        assertThat(overview(STOCKHOLM, null)).isEqualTo(stockholm);
        assertThat(overview(SKANE, null)).isEqualTo(skane);
        assertThat(initiative(STOCKHOLM, AI_TRIAGE)).contains(triage);
        assertThat(MONGO.snapshot(COLLECTIONS)).isEqualTo(documents);
        assertThat(stockholm.byUnit()).extracting(UnitCount::unitName)
                .containsExactly("Karolinska Universitetssjukhuset", "Innovation Karolinska");
        assertThat(triage.phase()).isEqualTo("IDEA");
    }

    private PortfolioOverview overview(TenantId tenant, OrganisationUnitId unitId) {
        return queries.query(new FindPortfolioOverview(tenant, unitId), ResponseTypes.instanceOf(PortfolioOverview.class));
    }

    private Optional<InitiativeView> initiative(TenantId tenant, InitiativeId initiativeId) {
        return queries.query(new FindInitiative(tenant, initiativeId),
                ResponseTypes.optionalInstanceOf(InitiativeView.class));
    }
}
