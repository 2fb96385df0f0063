package org.innovationledger.command.initiative;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.aggregate.TestExecutor;
import org.axonframework.test.matchers.Matchers;
import org.innovationledger.command.organisation.InMemoryOrganisationUnitDirectory;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.*;
import org.innovationledger.kernel.mission.MissionId;
import org.innovationledger.kernel.need.NeedId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.organisation.OrganisationUnitKind;
import org.innovationledger.kernel.process.BuiltInProcessModels;
import org.innovationledger.kernel.process.CaseType;
import org.innovationledger.kernel.process.GateOutcome;
import org.innovationledger.kernel.process.ProcessModelId;
import org.innovationledger.kernel.process.ProcessModelRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.innovationledger.command.RuleViolationMatchers.violatesRule;
import static org.innovationledger.command.initiative.TestProcessModels.PARTNERSHIP;
import static org.innovationledger.command.initiative.TestProcessModels.PARTNERSHIP_ID;
import static org.innovationledger.command.initiative.TestProcessModels.PARTNERSHIP_V1;
import static org.innovationledger.command.initiative.TestProcessModels.STAGE_GATE;
import static org.innovationledger.command.initiative.TestProcessModels.STAGE_GATE_ID;
import static org.innovationledger.command.initiative.TestProcessModels.STAGE_GATE_REVISED;
import static org.innovationledger.command.initiative.TestProcessModels.STAGE_GATE_V1;
import static org.innovationledger.command.initiative.TestProcessModels.STAGE_GATE_V2;
import static org.innovationledger.kernel.process.GateOutcome.ADJUST;
import static org.innovationledger.kernel.process.GateOutcome.COMMERCIALISE;
import static org.innovationledger.kernel.process.GateOutcome.DISCONTINUE;
import static org.innovationledger.kernel.process.GateOutcome.HAND_OVER;
import static org.innovationledger.kernel.process.GateOutcome.IMPLEMENT;
import static org.innovationledger.kernel.process.GateOutcome.PROCEED;
import static org.innovationledger.kernel.process.GateOutcome.REFERENCE_USE;
import static org.innovationledger.kernel.process.GateOutcome.SCALE_UP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InitiativeTest {

    private static final TenantId STOCKHOLM = TenantId.of("region-stockholm");
    private static final TenantId SKANE = TenantId.of("region-skane");

    private static final InitiativeId INITIATIVE = InitiativeId.of("ini-ai-triage");

    private static final OrganisationUnitId CLINIC = OrganisationUnitId.of("unit-akuten");
    private static final OrganisationUnitId OTHER_CLINIC = OrganisationUnitId.of("unit-geriatriken");
    private static final OrganisationUnitId TESTBED = OrganisationUnitId.of("unit-innovationskliniken");
    private static final OrganisationUnitId SKANE_CLINIC = OrganisationUnitId.of("unit-skane-clinic");
    private static final OrganisationUnitId SKANE_TESTBED = OrganisationUnitId.of("unit-skane-testbed");
    private static final OrganisationUnitId NOWHERE = OrganisationUnitId.of("unit-nowhere");

    private static final NeedId OPEN_NEED = NeedId.of("need-triage");
    private static final NeedId CLOSED_NEED = NeedId.of("need-resolved");
    private static final NeedId SKANE_NEED = NeedId.of("need-skane");

    private static final MissionId MISSION = MissionId.of("mission-health-where-you-are");
    private static final MissionId OTHER_MISSION = MissionId.of("mission-attractive-workplace");
    private static final MissionId SKANE_MISSION = MissionId.of("mission-skane");

    /** A model only region Skåne defined: not available to Stockholm. */
    private static final ProcessModelRef SKANE_OWN_MODEL = new ProcessModelRef(ProcessModelId.of("skane-own"), 1);

    private static final String REGION = "Region Stockholm";
    private static final String PARTNER = "MedTech AB";
    private static final StrategicDecision STRATEGIC =
            new StrategicDecision(REGION, List.of("Patientsäkerhet", "Kortare väntetider på akuten"));
    private static final LocalDate DAY = LocalDate.of(2024, 3, 15);

    private AggregateTestFixture<Initiative> fixture;
    private SwitchablePartnerAgreements agreements;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Initiative.class);
        agreements = new SwitchablePartnerAgreements();
        fixture.registerInjectableResource(new InMemoryOrganisationUnitDirectory()
                .add(CLINIC, STOCKHOLM, OrganisationUnitKind.CLINIC)
                .add(OTHER_CLINIC, STOCKHOLM, OrganisationUnitKind.CLINIC)
                .add(TESTBED, STOCKHOLM, OrganisationUnitKind.TESTBED)
                .add(SKANE_CLINIC, SKANE, OrganisationUnitKind.CLINIC)
                .add(SKANE_TESTBED, SKANE, OrganisationUnitKind.TESTBED));
        fixture.registerInjectableResource(new InMemoryNeedDirectory()
                .open(OPEN_NEED, STOCKHOLM)
                .closed(CLOSED_NEED, STOCKHOLM)
                .open(SKANE_NEED, SKANE));
        fixture.registerInjectableResource(new InMemoryMissionDirectory()
                .add(MISSION, STOCKHOLM)
                .add(OTHER_MISSION, STOCKHOLM)
                .add(SKANE_MISSION, SKANE));
        fixture.registerInjectableResource(new TestProcessModelCatalogue()
                .serve(PARTNERSHIP_V1, PARTNERSHIP)
                .serve(STAGE_GATE_V1, STAGE_GATE)
                .serve(STAGE_GATE_V2, STAGE_GATE_REVISED)
                .serveTo(SKANE, SKANE_OWN_MODEL, STAGE_GATE));
        fixture.registerInjectableResource(agreements);
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private static Map<String, Object> metaData(TenantId tenant) {
        return Map.of(LedgerMetadata.TENANT, tenant.value(),
                LedgerMetadata.PRINCIPAL, "anna.andersson",
                LedgerMetadata.ROLE, "PORTFOLIO_MANAGER",
                LedgerMetadata.REASON, "Beslut i innovationsrådet",
                LedgerMetadata.DOCUMENT_REF, "RS 2019-0672");
    }

    private static Map<String, Object> stockholm() {
        return metaData(STOCKHOLM);
    }

    private static InitiativeRegistered registeredUnderPartnership() {
        return new InitiativeRegistered(INITIATIVE, STOCKHOLM, "AI-triage på akuten", "Partnerskap med MedTech AB",
                CLINIC, InitiativeOrigin.PARTNER_OFFER, null, PARTNER, CaseType.INNOVATION, PARTNERSHIP_V1, "STEG_X");
    }

    private static InitiativeRegistered registeredUnderStageGate() {
        return registeredUnderStageGate(STAGE_GATE_V1);
    }

    private static InitiativeRegistered registeredUnderStageGate(ProcessModelRef ref) {
        return new InitiativeRegistered(INITIATIVE, STOCKHOLM, "AI-triage på akuten", null, CLINIC,
                InitiativeOrigin.NEED, OPEN_NEED, null, CaseType.INNOVATION, ref, "NEED");
    }

    private record Step(String gate, GateOutcome outcome, String from, String to) {
    }

    private static final List<Step> PARTNERSHIP_PATH = List.of(
            new Step("GX", PROCEED, "STEG_X", "STEG_1"),
            new Step("G1", PROCEED, "STEG_1", "STEG_2"),
            new Step("G2", PROCEED, "STEG_2", "STEG_3"),
            new Step("G3", PROCEED, "STEG_3", "STEG_4"),
            new Step("G4", SCALE_UP, "STEG_4", "STEG_5"),
            new Step("G5", COMMERCIALISE, "STEG_5", "STEG_6"));

    private static final List<Step> STAGE_GATE_PATH = List.of(
            new Step("G1", PROCEED, "NEED", "IDEA"),
            new Step("G2", PROCEED, "IDEA", "PRE_STUDY"),
            new Step("G3", PROCEED, "PRE_STUDY", "DEVELOPMENT"),
            new Step("G4", PROCEED, "DEVELOPMENT", "TEST"),
            new Step("G5", IMPLEMENT, "TEST", "IMPLEMENTATION"),
            new Step("G6", SCALE_UP, "IMPLEMENTATION", "SPREAD"));

    /** The events of an initiative under the partnership model that got to {@code phase} (STEG_4 and on with all requirements on record). */
    private static List<Object> partnershipIn(String phase) {
        List<Object> events = new ArrayList<>(List.of(registeredUnderPartnership()));
        walkTo(events, PARTNERSHIP_PATH, "STEG_X", phase);
        return events;
    }

    /** The events of an initiative under the stage-gate model (version 1) that got to {@code phase}. */
    private static List<Object> stageGateIn(String phase) {
        List<Object> events = new ArrayList<>(List.of(registeredUnderStageGate()));
        walkTo(events, STAGE_GATE_PATH, "NEED", phase);
        return events;
    }

    private static void walkTo(List<Object> events, List<Step> path, String start, String phase) {
        String current = start;
        int decisions = 0;
        for (Step step : path) {
            if (current.equals(phase)) {
                break;
            }
            if (step.to().equals("STEG_4")) {
                events.add(anchored());
                events.add(baselined());
                events.add(valueAnalysed(EconomicValue.POSITIVE));
            }
            events.add(new GateDecisionRecorded(INITIATIVE, decisionId(++decisions), step.gate(), step.outcome(),
                    step.from(), step.to(), "Styrgruppen", List.of(), "Enligt plan", List.of(), DAY, null));
            current = step.to();
        }
        if (!current.equals(phase)) {
            throw new IllegalArgumentException("no path to " + phase);
        }
    }

    private static List<Object> with(List<Object> events, Object... more) {
        List<Object> all = new ArrayList<>(events);
        all.addAll(List.of(more));
        return all;
    }

    private static String decisionId(int n) {
        return INITIATIVE.value() + "-D" + n;
    }

    private static CareUnitAnchoringRecorded anchored() {
        return new CareUnitAnchoringRecorded(INITIATIVE, CLINIC, "Kortare tid till triage");
    }

    private static NeedsAndCostBaselineRecorded baselined() {
        return new NeedsAndCostBaselineRecorded(INITIATIVE, "Nuläge: 40 min till triage, 2 sjuksköterskor per pass");
    }

    private static ValueAnalysisCompleted valueAnalysed(EconomicValue value) {
        return new ValueAnalysisCompleted(INITIATIVE, "Värdeanalys enligt värdemodellen", value);
    }

    private static GateDecisionRecorded discontinuedAt(String gate, String from, int n) {
        return new GateDecisionRecorded(INITIATIVE, decisionId(n), gate, DISCONTINUE, from, null, "Styrgruppen",
                List.of(), "Fail fast", List.of(), DAY, null);
    }

    private static InitiativeClosed closed() {
        return new InitiativeClosed(INITIATIVE, "Slututvärdering: målen nåddes delvis", DAY);
    }

    private static List<PartyPosition> joint(GateOutcome outcome) {
        return List.of(new PartyPosition(REGION, outcome), new PartyPosition(PARTNER, outcome));
    }

    private static List<PartyPosition> alone(GateOutcome outcome) {
        return List.of(new PartyPosition(REGION, outcome));
    }

    private static RecordGateDecision decide(String gate, GateOutcome outcome) {
        return decide(gate, outcome, List.of(), null, null);
    }

    private static RecordGateDecision decide(String gate, GateOutcome outcome, List<PartyPosition> positions,
                                             StrategicDecision strategic, Long expectedVersion) {
        return new RecordGateDecision(INITIATIVE, gate, outcome, "Styrgruppen för partnerskapet", positions,
                "Värdepotentialen är bekräftad", List.of("RS 2019-0672 bilaga 3"), DAY, strategic, expectedVersion);
    }

    /** The event the aggregate should record for {@code command} as its {@code n}th decision. */
    private static GateDecisionRecorded recorded(RecordGateDecision command, int n, String from, String to) {
        return new GateDecisionRecorded(INITIATIVE, decisionId(n), command.gate(), command.outcome(), from, to,
                command.decisionBody(), command.partyPositions(), command.rationale(), command.evidenceRefs(),
                command.decidedOn(), command.strategicDecision());
    }

    private static RegisterInitiative fromNeed(NeedId need, ProcessModelId model, Integer version) {
        return new RegisterInitiative(INITIATIVE, " AI-triage på akuten ", "Pilot i testbädden", CLINIC,
                InitiativeOrigin.NEED, need, null, null, model, version);
    }

    private static RegisterInitiative fromPartner(CaseType caseType, ProcessModelId model) {
        return new RegisterInitiative(INITIATIVE, "AI-triage på akuten", null, CLINIC, InitiativeOrigin.PARTNER_OFFER,
                null, " MedTech AB ", caseType, model, null);
    }

    private ResultValidator<Initiative> refused(List<Object> given, Object command, String rule) {
        return fixture.given(given).when(command, stockholm())
                .expectException(violatesRule(rule))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------------------------------------- register

    @Nested
    class Register {

        @Test
        void fromAnOpenNeedOfTheTenantInTheModelsStartPhaseAndAnswersTheId() {
            fixture.givenNoPriorActivity()
                    .when(fromNeed(OPEN_NEED, PARTNERSHIP_ID, null), stockholm())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new InitiativeRegistered(INITIATIVE, STOCKHOLM, "AI-triage på akuten",
                            "Pilot i testbädden", CLINIC, InitiativeOrigin.NEED, OPEN_NEED, null,
                            CaseType.INNOVATION, PARTNERSHIP_V1, "STEG_X"))
                    .expectResultMessagePayload(INITIATIVE.value());
        }

        @Test
        void fromAPartnersOfferWithoutANeed() {
            fixture.givenNoPriorActivity()
                    .when(fromPartner(CaseType.INNOVATION, PARTNERSHIP_ID), stockholm())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new InitiativeRegistered(INITIATIVE, STOCKHOLM, "AI-triage på akuten", null,
                            CLINIC, InitiativeOrigin.PARTNER_OFFER, null, PARTNER, CaseType.INNOVATION,
                            PARTNERSHIP_V1, "STEG_X"));
        }

        @Test
        void tenantComesFromTheMetadata() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterInitiative(INITIATIVE, "Hemmonitorering", null, SKANE_CLINIC,
                            InitiativeOrigin.NEED, SKANE_NEED, null, null, STAGE_GATE_ID, 1), metaData(SKANE))
                    .expectEvents(new InitiativeRegistered(INITIATIVE, SKANE, "Hemmonitorering", null, SKANE_CLINIC,
                            InitiativeOrigin.NEED, SKANE_NEED, null, CaseType.INNOVATION, STAGE_GATE_V1, "NEED"));
        }

        @Test
        void withoutAVersionTheLatestVersionOfTheModelIsRecorded() {
            fixture.givenNoPriorActivity()
                    .when(fromNeed(OPEN_NEED, STAGE_GATE_ID, null), stockholm())
                    .expectEvents(new InitiativeRegistered(INITIATIVE, STOCKHOLM, "AI-triage på akuten",
                            "Pilot i testbädden", CLINIC, InitiativeOrigin.NEED, OPEN_NEED, null,
                            CaseType.INNOVATION, STAGE_GATE_V2, "NEED"));
        }

        @Test
        void anOlderVersionMayBeAskedFor() {
            fixture.givenNoPriorActivity()
                    .when(fromNeed(OPEN_NEED, STAGE_GATE_ID, 1), stockholm())
                    .expectEvents(registeredWith(STAGE_GATE_V1, "NEED"));
        }

        @Test
        void aTenantsOwnModelIsAvailableToThatTenant() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterInitiative(INITIATIVE, "Hemmonitorering", null, SKANE_CLINIC,
                            InitiativeOrigin.NEED, SKANE_NEED, null, null, SKANE_OWN_MODEL.id(), null), metaData(SKANE))
                    .expectEvents(new InitiativeRegistered(INITIATIVE, SKANE, "Hemmonitorering", null, SKANE_CLINIC,
                            InitiativeOrigin.NEED, SKANE_NEED, null, CaseType.INNOVATION, SKANE_OWN_MODEL, "NEED"));
        }

        private InitiativeRegistered registeredWith(ProcessModelRef ref, String phase) {
            return new InitiativeRegistered(INITIATIVE, STOCKHOLM, "AI-triage på akuten", "Pilot i testbädden",
                    CLINIC, InitiativeOrigin.NEED, OPEN_NEED, null, CaseType.INNOVATION, ref, phase);
        }

        @Test
        void unknownNeedIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(fromNeed(NeedId.of("need-nowhere"), PARTNERSHIP_ID, null), stockholm())
                    .expectException(violatesRule("NEED_UNKNOWN"))
                    .expectExceptionMessage(containsString("need-nowhere"))
                    .expectNoEvents();
        }

        @Test
        void needOfAnotherTenantIsRefusedAsUnknown() {
            fixture.givenNoPriorActivity()
                    .when(fromNeed(SKANE_NEED, PARTNERSHIP_ID, null), stockholm())
                    .expectException(violatesRule("NEED_UNKNOWN"))
                    .expectNoEvents();
        }

        @Test
        void closedNeedIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(fromNeed(CLOSED_NEED, PARTNERSHIP_ID, null), stockholm())
                    .expectException(violatesRule("NEED_CLOSED"))
                    .expectExceptionMessage(containsString(CLOSED_NEED.value()))
                    .expectNoEvents();
        }

        @Test
        void unknownUnitIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterInitiative(INITIATIVE, "AI-triage", null, NOWHERE, InitiativeOrigin.NEED,
                            OPEN_NEED, null, null, PARTNERSHIP_ID, null), stockholm())
                    .expectException(violatesRule("ORGANISATION_UNIT_UNKNOWN"))
                    .expectExceptionMessage(containsString(NOWHERE.value()))
                    .expectNoEvents();
        }

        @Test
        void unitOfAnotherTenantIsRefusedAsUnknown() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterInitiative(INITIATIVE, "AI-triage", null, SKANE_CLINIC,
                            InitiativeOrigin.PARTNER_OFFER, null, PARTNER, null, PARTNERSHIP_ID, null), stockholm())
                    .expectException(violatesRule("ORGANISATION_UNIT_UNKNOWN"))
                    .expectNoEvents();
        }

        @Test
        void unknownProcessModelIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(fromNeed(OPEN_NEED, ProcessModelId.of("no-such-model"), null), stockholm())
                    .expectException(violatesRule("PROCESS_MODEL_UNKNOWN"))
                    .expectExceptionMessage(containsString("no-such-model"))
                    .expectNoEvents();
        }

        @Test
        void unknownVersionOfAKnownModelIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(fromNeed(OPEN_NEED, STAGE_GATE_ID, 3), stockholm())
                    .expectException(violatesRule("PROCESS_MODEL_UNKNOWN"))
                    .expectExceptionMessage(containsString("version 3"))
                    .expectNoEvents();
        }

        @Test
        void modelOfAnotherTenantIsRefusedAsUnknown() {
            fixture.givenNoPriorActivity()
                    .when(fromNeed(OPEN_NEED, SKANE_OWN_MODEL.id(), null), stockholm())
                    .expectException(violatesRule("PROCESS_MODEL_UNKNOWN"))
                    .expectNoEvents();
        }

        @Test
        void modelOfAnotherTenantIsRefusedAsUnknownAlsoWhenItsVersionIsNamed() {
            fixture.givenNoPriorActivity()
                    .when(fromNeed(OPEN_NEED, SKANE_OWN_MODEL.id(), 1), stockholm())
                    .expectException(violatesRule("PROCESS_MODEL_UNKNOWN"))
                    .expectNoEvents();
        }

        @ParameterizedTest
        @EnumSource(value = CaseType.class, names = {"TRADITIONAL_PROCUREMENT", "CLINICAL_TRIAL", "PURE_RESEARCH"})
        void caseTypesExcludedByThePartnershipModelAreRefused(CaseType caseType) {
            fixture.givenNoPriorActivity()
                    .when(fromPartner(caseType, PARTNERSHIP_ID), stockholm())
                    .expectException(violatesRule("CASE_TYPE_OUT_OF_SCOPE"))
                    .expectExceptionMessage(containsString(caseType.name()))
                    .expectNoEvents();
        }

        @ParameterizedTest
        @EnumSource(value = CaseType.class, names = {"TRADITIONAL_PROCUREMENT", "CLINICAL_TRIAL", "PURE_RESEARCH"})
        void theSameCaseTypesAreAcceptedUnderTheGenericModel(CaseType caseType) {
            fixture.givenNoPriorActivity()
                    .when(fromPartner(caseType, STAGE_GATE_ID), stockholm())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new InitiativeRegistered(INITIATIVE, STOCKHOLM, "AI-triage på akuten", null,
                            CLINIC, InitiativeOrigin.PARTNER_OFFER, null, PARTNER, caseType, STAGE_GATE_V2, "NEED"));
        }

        @Test
        void anInnovationCaseIsInScopeOfThePartnershipModel() {
            fixture.givenNoPriorActivity()
                    .when(fromPartner(CaseType.INNOVATION, PARTNERSHIP_ID), stockholm())
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void malformedTenantInTheMetadataIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(fromNeed(OPEN_NEED, PARTNERSHIP_ID, null), Map.of(LedgerMetadata.TENANT, "Region Stockholm"))
                    .expectException(IllegalArgumentException.class)
                    .expectNoEvents();
        }

        @Test
        void missingTenantInTheMetadataIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(fromNeed(OPEN_NEED, PARTNERSHIP_ID, null), Map.of(LedgerMetadata.PRINCIPAL, "anna"))
                    .expectException(IllegalArgumentException.class)
                    .expectNoEvents();
        }

        @Test
        void malformedCommandsAreRefusedOnConstruction() {
            assertThrows(IllegalArgumentException.class, () -> new RegisterInitiative(INITIATIVE, "  ", null, CLINIC,
                    InitiativeOrigin.NEED, OPEN_NEED, null, null, PARTNERSHIP_ID, null));
            assertThrows(IllegalArgumentException.class, () -> new RegisterInitiative(INITIATIVE, "T", null, null,
                    InitiativeOrigin.NEED, OPEN_NEED, null, null, PARTNERSHIP_ID, null));
            assertThrows(IllegalArgumentException.class, () -> new RegisterInitiative(INITIATIVE, "T", null, CLINIC,
                    InitiativeOrigin.UNSPECIFIED, OPEN_NEED, null, null, PARTNERSHIP_ID, null));
            assertThrows(IllegalArgumentException.class, () -> new RegisterInitiative(INITIATIVE, "T", null, CLINIC,
                    null, OPEN_NEED, null, null, PARTNERSHIP_ID, null));
            assertThrows(IllegalArgumentException.class, () -> new RegisterInitiative(INITIATIVE, "T", null, CLINIC,
                    InitiativeOrigin.NEED, null, null, null, PARTNERSHIP_ID, null));
            assertThrows(IllegalArgumentException.class, () -> new RegisterInitiative(INITIATIVE, "T", null, CLINIC,
                    InitiativeOrigin.PARTNER_OFFER, null, " ", null, PARTNERSHIP_ID, null));
            assertThrows(IllegalArgumentException.class, () -> new RegisterInitiative(INITIATIVE, "T", null, CLINIC,
                    InitiativeOrigin.NEED, OPEN_NEED, null, null, null, null));
            assertThrows(IllegalArgumentException.class, () -> new RegisterInitiative(INITIATIVE, "T", null, CLINIC,
                    InitiativeOrigin.NEED, OPEN_NEED, null, null, PARTNERSHIP_ID, 0));
        }
    }

    // ---------------------------------------------------------------------------------------------- gate decisions

    @Nested
    class GateDecisions {

        @Test
        void proceedMovesToTheNextPhaseAndAnswersTheNewVersion() {
            RecordGateDecision command = decide("G1", PROCEED);
            fixture.given(registeredUnderStageGate())
                    .when(command, stockholm())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(recorded(command, 1, "NEED", "IDEA"))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void decisionIdsCountTheInitiativesDecisions() {
            RecordGateDecision command = decide("G3", PROCEED);
            fixture.given(stageGateIn("PRE_STUDY"))
                    .when(command, stockholm())
                    .expectEvents(recorded(command, 3, "PRE_STUDY", "DEVELOPMENT"))
                    .expectResultMessagePayload(3L);
        }

        @Test
        void adjustKeepsThePhase() {
            RecordGateDecision command = decide("G2", ADJUST);
            fixture.given(stageGateIn("IDEA"))
                    .when(command, stockholm())
                    .expectEvents(recorded(command, 2, "IDEA", "IDEA"))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void afterAdjustTheSameGateIsDecidedAgain() {
            RecordGateDecision command = decide("G1", PROCEED);
            fixture.given(registeredUnderStageGate(), new GateDecisionRecorded(INITIATIVE, decisionId(1), "G1", ADJUST,
                            "NEED", "NEED", "Styrgruppen", List.of(), "Omarbeta", List.of(), DAY, null))
                    .when(command, stockholm())
                    .expectEvents(recorded(command, 2, "NEED", "IDEA"));
        }

        @Test
        void discontinueEndsTheInitiative() {
            RecordGateDecision command = decide("G2", DISCONTINUE);
            fixture.given(stageGateIn("IDEA"))
                    .when(command, stockholm())
                    .expectEvents(recorded(command, 2, "IDEA", null))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void afterDiscontinueNoFurtherDecisionIsTaken() {
            fixture.given(registeredUnderStageGate(), discontinuedAt("G1", "NEED", 1))
                    .when(decide("G1", PROCEED), stockholm())
                    .expectException(violatesRule("INITIATIVE_CLOSED"))
                    .expectExceptionMessage(containsString("ended by a gate decision"))
                    .expectNoEvents();
        }

        @Test
        void unknownGateIsRefused() {
            fixture.given(registeredUnderStageGate())
                    .when(decide("G9", PROCEED), stockholm())
                    .expectException(violatesRule("GATE_UNKNOWN"))
                    .expectExceptionMessage(containsString("G9"))
                    .expectNoEvents();
        }

        @Test
        void gateOfAnotherPhaseIsRefused() {
            fixture.given(registeredUnderStageGate())
                    .when(decide("G2", PROCEED), stockholm())
                    .expectException(violatesRule("GATE_NOT_CURRENT"))
                    .expectExceptionMessage(allOf(containsString("IDEA"), containsString("NEED")))
                    .expectNoEvents();
        }

        @Test
        void anEarlierGateIsNotCurrentAnyMore() {
            refused(stageGateIn("PRE_STUDY"), decide("G1", ADJUST), "GATE_NOT_CURRENT");
        }

        @Test
        void outcomeTheGateDoesNotAllowIsRefused() {
            fixture.given(registeredUnderStageGate())
                    .when(decide("G1", SCALE_UP), stockholm())
                    .expectException(violatesRule("OUTCOME_NOT_ALLOWED"))
                    .expectExceptionMessage(allOf(containsString("SCALE_UP"), containsString("PROCEED")))
                    .expectNoEvents();
        }

        @Test
        void proceedIsNotAnOutcomeOfTheTestGate() {
            refused(stageGateIn("TEST"), decide("G5", PROCEED), "OUTCOME_NOT_ALLOWED");
        }

        @Test
        void theTestGateLeadsStraightToSpreadOnScaleUp() {
            RecordGateDecision command = decide("G5", SCALE_UP);
            fixture.given(stageGateIn("TEST"))
                    .when(command, stockholm())
                    .expectEvents(recorded(command, 5, "TEST", "SPREAD"));
        }

        @Test
        void handOverAfterImplementationEndsTheInitiative() {
            RecordGateDecision command = decide("G6", HAND_OVER);
            fixture.given(stageGateIn("IMPLEMENTATION"))
                    .when(command, stockholm())
                    .expectEvents(recorded(command, 6, "IMPLEMENTATION", null));
        }

        @Test
        void theInitiativeKeepsTheModelVersionItWasRegisteredUnder() {
            // version 2 lets G1 hand the need over; the initiative runs under version 1, which does not
            refused(List.of(registeredUnderStageGate(STAGE_GATE_V1)), decide("G1", HAND_OVER), "OUTCOME_NOT_ALLOWED");
        }

        @Test
        void anInitiativeUnderTheRevisedVersionHasItsOutcomes() {
            RecordGateDecision command = decide("G1", HAND_OVER);
            fixture.given(registeredUnderStageGate(STAGE_GATE_V2))
                    .when(command, stockholm())
                    .expectEvents(recorded(command, 1, "NEED", null));
        }

        @Test
        void currentExpectedVersionIsAccepted() {
            RecordGateDecision command = decide("G2", PROCEED, List.of(), null, 1L);
            fixture.given(stageGateIn("IDEA"))
                    .when(command, stockholm())
                    .expectEvents(recorded(command, 2, "IDEA", "PRE_STUDY"))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void staleExpectedVersionIsRefusedWith412() {
            fixture.given(stageGateIn("IDEA"))
                    .when(decide("G2", PROCEED, List.of(), null, 0L), stockholm())
                    .expectException(violatesRule("STALE_VERSION", 412))
                    .expectExceptionMessage("expected version 0 but the aggregate is at version 1")
                    .expectNoEvents();
        }

        @Test
        void initiativeOfAnotherTenantIsUnknown() {
            fixture.given(registeredUnderStageGate())
                    .when(decide("G1", PROCEED), metaData(SKANE))
                    .expectException(violatesRule("INITIATIVE_UNKNOWN", 404))
                    .expectExceptionMessage(containsString(INITIATIVE.value()))
                    .expectNoEvents();
        }

        @Test
        void tenantIsCheckedBeforeTheVersion() {
            fixture.given(registeredUnderStageGate())
                    .when(decide("G1", PROCEED, List.of(), null, 7L), metaData(SKANE))
                    .expectException(violatesRule("INITIATIVE_UNKNOWN", 404))
                    .expectNoEvents();
        }

        @Test
        void outsideAPartnershipNoPartyPositionsAreNeeded() {
            RecordGateDecision command = decide("G1", PROCEED, alone(DISCONTINUE), null, null);
            fixture.given(registeredUnderStageGate())
                    .when(command, stockholm())
                    .expectEvents(recorded(command, 1, "NEED", "IDEA"));
        }

        @Test
        void malformedDecisionsAreRefusedOnConstruction() {
            assertThrows(IllegalArgumentException.class, () -> new RecordGateDecision(INITIATIVE, " ", PROCEED,
                    "Styrgruppen", List.of(), "Skäl", List.of(), DAY, null, null));
            assertThrows(IllegalArgumentException.class, () -> new RecordGateDecision(INITIATIVE, "G1", null,
                    "Styrgruppen", List.of(), "Skäl", List.of(), DAY, null, null));
            assertThrows(IllegalArgumentException.class, () -> new RecordGateDecision(INITIATIVE, "G1", PROCEED,
                    "Styrgruppen", List.of(), "  ", List.of(), DAY, null, null));
            assertThrows(IllegalArgumentException.class, () -> new RecordGateDecision(INITIATIVE, "G1", PROCEED,
                    "Styrgruppen", List.of(), "Skäl", List.of(), LocalDate.of(20240, 1, 1), null, null));
            assertThrows(IllegalArgumentException.class, () -> new StrategicDecision(REGION, List.of()));
            assertThrows(IllegalArgumentException.class, () -> new PartyPosition(" ", PROCEED));
        }
    }

    @Nested
    class JointDecisionsInAPartnership {

        @Test
        void twoAgreeingPartiesDecideJointly() {
            RecordGateDecision command = decide("GX", PROCEED, joint(PROCEED), null, null);
            fixture.given(registeredUnderPartnership())
                    .when(command, stockholm())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(recorded(command, 1, "STEG_X", "STEG_1"))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void onePartyAloneIsNotJoint() {
            fixture.given(registeredUnderPartnership())
                    .when(decide("GX", PROCEED, alone(PROCEED), null, null), stockholm())
                    .expectException(violatesRule("DECISION_NOT_JOINT"))
                    .expectNoEvents();
        }

        @Test
        void noPositionsAtAllIsNotJoint() {
            refused(List.of(registeredUnderPartnership()), decide("GX", PROCEED), "DECISION_NOT_JOINT");
        }

        @Test
        void theSamePartyTwiceIsStillOneParty() {
            refused(List.of(registeredUnderPartnership()), decide("GX", PROCEED,
                    List.of(new PartyPosition(REGION, PROCEED), new PartyPosition(REGION, PROCEED)), null, null),
                    "DECISION_NOT_JOINT");
        }

        @Test
        void disagreeingPartiesAreNotJoint() {
            refused(List.of(registeredUnderPartnership()), decide("GX", PROCEED,
                    List.of(new PartyPosition(REGION, PROCEED), new PartyPosition(PARTNER, DISCONTINUE)), null, null),
                    "DECISION_NOT_JOINT");
        }

        @Test
        void partiesAgreeingOnAnotherOutcomeThanTheDecisionAreNotJoint() {
            refused(List.of(registeredUnderPartnership()), decide("GX", PROCEED, joint(ADJUST), null, null),
                    "DECISION_NOT_JOINT");
        }

        @Test
        void jointDiscontinueEndsTheCase() {
            RecordGateDecision command = decide("GX", DISCONTINUE, joint(DISCONTINUE), null, null);
            fixture.given(registeredUnderPartnership())
                    .when(command, stockholm())
                    .expectEvents(recorded(command, 1, "STEG_X", null));
        }

        @Test
        void onePartyMayGoAheadAloneByAStrategicDecision() {
            RecordGateDecision command = decide("GX", PROCEED, alone(PROCEED), STRATEGIC, null);
            fixture.given(registeredUnderPartnership())
                    .when(command, stockholm())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(recorded(command, 1, "STEG_X", "STEG_1"));
        }

        @Test
        void aStrategicDecisionGoesAheadAlsoWhenThePartnersDisagree() {
            RecordGateDecision command = decide("GX", PROCEED,
                    List.of(new PartyPosition(REGION, PROCEED), new PartyPosition(PARTNER, DISCONTINUE)), STRATEGIC,
                    null);
            fixture.given(registeredUnderPartnership())
                    .when(command, stockholm())
                    .expectEvents(recorded(command, 1, "STEG_X", "STEG_1"));
        }

        /** GateRules: a strategic decision only lets one party go ahead; it does not let one party end the case. */
        @Test
        void eitherPartyMayEndTheCaseAlone() {
            RecordGateDecision command = decide("GX", DISCONTINUE, alone(DISCONTINUE), null, null);
            fixture.given(registeredUnderPartnership())
                    .when(command, stockholm())
                    .expectEvents(recorded(command, 1, "STEG_X", null));
        }

        @Test
        void endingTheCaseNeedsAPartyThatWantsItEnded() {
            refused(List.of(registeredUnderPartnership()), decide("GX", DISCONTINUE, alone(PROCEED), null,
                    null), "DECISION_NOT_JOINT");
            refused(List.of(registeredUnderPartnership()), decide("GX", DISCONTINUE, List.of(), null,
                    null), "DECISION_NOT_JOINT");
        }

        @Test
        void aStrategicDecisionIsTakenByOneOfTheParties() {
            refused(List.of(registeredUnderPartnership()), decide("GX", PROCEED, alone(PROCEED),
                    new StrategicDecision("Okänd part", List.of("Patientsäkerhet")), null), "DECISION_NOT_JOINT");
        }

        @Test
        void onePartyCannotAdjustAloneEvenByAStrategicDecision() {
            refused(List.of(registeredUnderPartnership()), decide("GX", ADJUST, alone(ADJUST), STRATEGIC, null),
                    "DECISION_NOT_JOINT");
        }

        @Test
        void referenceUseAfterTheTestIsAJointDecisionToo() {
            refused(partnershipIn("STEG_4"), decide("G4", REFERENCE_USE, alone(REFERENCE_USE), null, null),
                    "DECISION_NOT_JOINT");
        }

        @Test
        void jointReferenceUseLeadsToSpread() {
            RecordGateDecision command = decide("G4", REFERENCE_USE, joint(REFERENCE_USE), null, null);
            fixture.given(partnershipIn("STEG_4"))
                    .when(command, stockholm())
                    .expectEvents(recorded(command, 5, "STEG_4", "STEG_5"));
        }

        @Test
        void thePartnershipGateAfterSpreadHasNoDiscontinue() {
            refused(partnershipIn("STEG_5"), decide("G5", DISCONTINUE, joint(DISCONTINUE), null, null),
                    "OUTCOME_NOT_ALLOWED");
        }

        @Test
        void jointCommercialisationLeadsToTheLastPhase() {
            RecordGateDecision command = decide("G5", COMMERCIALISE, joint(COMMERCIALISE), null, null);
            fixture.given(partnershipIn("STEG_5"))
                    .when(command, stockholm())
                    .expectEvents(recorded(command, 6, "STEG_5", "STEG_6"));
        }

        @Test
        void theLastPhaseHasNoGate() {
            refused(partnershipIn("STEG_6"), decide("G5", HAND_OVER, joint(HAND_OVER), null, null),
                    "GATE_NOT_CURRENT");
        }
    }

    @Nested
    class NegativeEconomicValue {

        @Test
        void goingAheadAfterANegativeValueAnalysisNeedsAStrategicDecision() {
            fixture.given(with(partnershipIn("STEG_3"), valueAnalysed(EconomicValue.NEGATIVE)))
                    .when(decide("G3", PROCEED, joint(PROCEED), null, null), stockholm())
                    .expectException(violatesRule("NEGATIVE_VALUE_NEEDS_STRATEGIC_DECISION"))
                    .expectNoEvents();
        }

        @Test
        void underTheGenericModelToo() {
            refused(with(stageGateIn("IDEA"), valueAnalysed(EconomicValue.NEGATIVE)), decide("G2", PROCEED),
                    "NEGATIVE_VALUE_NEEDS_STRATEGIC_DECISION");
        }

        @Test
        void aStrategicDecisionGoesAheadDespiteNegativeValue() {
            RecordGateDecision command = decide("G2", PROCEED, List.of(), STRATEGIC, null);
            fixture.given(with(stageGateIn("IDEA"), valueAnalysed(EconomicValue.NEGATIVE)))
                    .when(command, stockholm())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(recorded(command, 2, "IDEA", "PRE_STUDY"));
        }

        @Test
        void aJointStrategicDecisionEntersTheTestDespiteNegativeValue() {
            agreements.signed(true);
            RecordGateDecision command = decide("G3", PROCEED, joint(PROCEED), STRATEGIC, null);
            fixture.given(with(partnershipIn("STEG_3"), anchored(), baselined(),
                            valueAnalysed(EconomicValue.NEGATIVE)))
                    .when(command, stockholm())
                    .expectEvents(recorded(command, 4, "STEG_3", "STEG_4"));
        }

        @Test
        void adjustingOrDiscontinuingNeedsNoStrategicDecision() {
            RecordGateDecision adjust = decide("G2", ADJUST);
            fixture.given(with(stageGateIn("IDEA"), valueAnalysed(EconomicValue.NEGATIVE)))
                    .when(adjust, stockholm())
                    .expectEvents(recorded(adjust, 2, "IDEA", "IDEA"));
            RecordGateDecision discontinue = decide("G2", DISCONTINUE);
            fixture.given(with(stageGateIn("IDEA"), valueAnalysed(EconomicValue.NEGATIVE)))
                    .when(discontinue, stockholm())
                    .expectEvents(recorded(discontinue, 2, "IDEA", null));
        }

        @ParameterizedTest
        @EnumSource(value = EconomicValue.class, names = {"POSITIVE", "NEUTRAL"})
        void noStrategicDecisionIsNeededOtherwise(EconomicValue value) {
            RecordGateDecision command = decide("G2", PROCEED);
            fixture.given(with(stageGateIn("IDEA"), valueAnalysed(value)))
                    .when(command, stockholm())
                    .expectEvents(recorded(command, 2, "IDEA", "PRE_STUDY"));
        }

        @Test
        void theLatestValueAnalysisCounts() {
            RecordGateDecision command = decide("G2", PROCEED);
            fixture.given(with(stageGateIn("IDEA"), valueAnalysed(EconomicValue.NEGATIVE),
                            valueAnalysed(EconomicValue.POSITIVE)))
                    .when(command, stockholm())
                    .expectEvents(recorded(command, 2, "IDEA", "PRE_STUDY"));
        }

        @Test
        void aRevisedNegativeAnalysisNeedsAStrategicDecisionAgain() {
            refused(with(stageGateIn("IDEA"), valueAnalysed(EconomicValue.POSITIVE),
                    valueAnalysed(EconomicValue.NEGATIVE)), decide("G2", PROCEED),
                    "NEGATIVE_VALUE_NEEDS_STRATEGIC_DECISION");
        }
    }

    @Nested
    class EntryRequirementsOfTheTestPhase {

        private RecordGateDecision enterTest() {
            return decide("G3", PROCEED, joint(PROCEED), null, null);
        }

        @Test
        void nothingOnRecordNamesAllFourRequirements() {
            fixture.given(partnershipIn("STEG_3"))
                    .when(enterTest(), stockholm())
                    .expectException(violatesRule("ENTRY_REQUIREMENTS_MISSING"))
                    .expectExceptionMessage(allOf(containsString("STEG_4"), containsString("CARE_UNIT_ANCHORING"),
                            containsString("NEEDS_AND_COST_BASELINE"), containsString("VALUE_ANALYSIS"),
                            containsString("SIGNED_PARTNER_AGREEMENT_WITH_FOLLOW_UPS")))
                    .expectNoEvents();
        }

        @Test
        void withoutASignedAgreementOnlyTheAgreementIsNamed() {
            agreements.signed(false);
            fixture.given(with(partnershipIn("STEG_3"), anchored(), baselined(), valueAnalysed(EconomicValue.POSITIVE)))
                    .when(enterTest(), stockholm())
                    .expectException(violatesRule("ENTRY_REQUIREMENTS_MISSING"))
                    .expectExceptionMessage(allOf(containsString("SIGNED_PARTNER_AGREEMENT_WITH_FOLLOW_UPS"),
                            not(containsString("CARE_UNIT_ANCHORING")), not(containsString("NEEDS_AND_COST_BASELINE")),
                            not(containsString("VALUE_ANALYSIS"))))
                    .expectNoEvents();
        }

        @Test
        void withoutAnchoringOnlyTheAnchoringIsNamed() {
            agreements.signed(true);
            fixture.given(with(partnershipIn("STEG_3"), baselined(), valueAnalysed(EconomicValue.POSITIVE)))
                    .when(enterTest(), stockholm())
                    .expectException(violatesRule("ENTRY_REQUIREMENTS_MISSING"))
                    .expectExceptionMessage(allOf(containsString("CARE_UNIT_ANCHORING"),
                            not(containsString("SIGNED_PARTNER_AGREEMENT")), not(containsString("BASELINE"))))
                    .expectNoEvents();
        }

        @Test
        void withoutABaselineOnlyTheBaselineIsNamed() {
            agreements.signed(true);
            fixture.given(with(partnershipIn("STEG_3"), anchored(), valueAnalysed(EconomicValue.POSITIVE)))
                    .when(enterTest(), stockholm())
                    .expectException(violatesRule("ENTRY_REQUIREMENTS_MISSING"))
                    .expectExceptionMessage(allOf(containsString("NEEDS_AND_COST_BASELINE"),
                            not(containsString("ANCHORING")), not(containsString("SIGNED"))))
                    .expectNoEvents();
        }

        @Test
        void withoutAValueAnalysisOnlyTheValueAnalysisIsNamed() {
            agreements.signed(true);
            fixture.given(with(partnershipIn("STEG_3"), anchored(), baselined()))
                    .when(enterTest(), stockholm())
                    .expectException(violatesRule("ENTRY_REQUIREMENTS_MISSING"))
                    .expectExceptionMessage(allOf(containsString("VALUE_ANALYSIS"),
                            not(containsString("ANCHORING")), not(containsString("BASELINE")),
                            not(containsString("SIGNED"))))
                    .expectNoEvents();
        }

        @Test
        void withAllFourTheTestPhaseIsEntered() {
            agreements.signed(true);
            RecordGateDecision command = enterTest();
            fixture.given(with(partnershipIn("STEG_3"), anchored(), baselined(), valueAnalysed(EconomicValue.POSITIVE)))
                    .when(command, stockholm())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(recorded(command, 4, "STEG_3", "STEG_4"))
                    .expectResultMessagePayload(7L);
            assertEquals(List.of(INITIATIVE), agreements.asked());
        }

        @Test
        void adjustingOrDiscontiningBeforeTheTestNeedsNoRequirements() {
            RecordGateDecision adjust = decide("G3", ADJUST, joint(ADJUST), null, null);
            fixture.given(partnershipIn("STEG_3"))
                    .when(adjust, stockholm())
                    .expectEvents(recorded(adjust, 4, "STEG_3", "STEG_3"));
            RecordGateDecision discontinue = decide("G3", DISCONTINUE, joint(DISCONTINUE), null, null);
            fixture.given(partnershipIn("STEG_3"))
                    .when(discontinue, stockholm())
                    .expectEvents(recorded(discontinue, 4, "STEG_3", null));
            assertTrue(agreements.asked().isEmpty());
        }

        @Test
        void adjustingDuringTheTestDoesNotCheckTheRequirementsAgain() {
            agreements.signed(false);
            RecordGateDecision command = decide("G4", ADJUST, joint(ADJUST), null, null);
            fixture.given(partnershipIn("STEG_4"))
                    .when(command, stockholm())
                    .expectEvents(recorded(command, 5, "STEG_4", "STEG_4"));
        }

        @Test
        void earlierPhasesHaveNoRequirements() {
            RecordGateDecision command = decide("G2", PROCEED, joint(PROCEED), null, null);
            fixture.given(partnershipIn("STEG_2"))
                    .when(command, stockholm())
                    .expectEvents(recorded(command, 3, "STEG_2", "STEG_3"));
        }
    }

    // ---------------------------------------------------------------------------------------------- walks

    /** Runs commands one after another, each given the events recorded so far. */
    private final class Walk {

        private final List<Object> history = new ArrayList<>();

        Walk accepted(Object command, Object expectedEvent) {
            TestExecutor<Initiative> given = history.isEmpty() ? fixture.givenNoPriorActivity() : fixture.given(history);
            ResultValidator<Initiative> result = given.when(command, stockholm())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(expectedEvent);
            if (!history.isEmpty()) {
                result.expectResultMessagePayload((long) history.size());
            }
            history.add(expectedEvent);
            return this;
        }

        Walk decided(String gate, GateOutcome outcome, List<PartyPosition> positions, String from, String to) {
            RecordGateDecision command = decide(gate, outcome, positions, null, (long) history.size() - 1);
            int n = (int) history.stream().filter(GateDecisionRecorded.class::isInstance).count() + 1;
            return accepted(command, recorded(command, n, from, to));
        }

        Walk refused(Object command, String rule) {
            fixture.given(history).when(command, stockholm())
                    .expectException(violatesRule(rule))
                    .expectNoEvents();
            return this;
        }
    }

    @Nested
    class Walks {

        @Test
        void fromNeedToSpreadUnderTheGenericModel() {
            new Walk()
                    .accepted(fromNeed(OPEN_NEED, STAGE_GATE_ID, 1), registeredUnderStageGateWithDescription())
                    .decided("G1", PROCEED, List.of(), "NEED", "IDEA")
                    .decided("G2", PROCEED, List.of(), "IDEA", "PRE_STUDY")
                    .decided("G3", PROCEED, List.of(), "PRE_STUDY", "DEVELOPMENT")
                    .refused(new StartPilot(INITIATIVE, "pilot-1", TESTBED, DAY), "PILOT_OUTSIDE_TEST_PHASE")
                    .decided("G4", PROCEED, List.of(), "DEVELOPMENT", "TEST")
                    .accepted(new StartPilot(INITIATIVE, "pilot-1", TESTBED, DAY),
                            new PilotStarted(INITIATIVE, "pilot-1", TESTBED, DAY))
                    .refused(new RecordImplementation(INITIATIVE, CLINIC, DAY), "NOT_IN_OPERATION_PHASE")
                    .accepted(new CompletePilot(INITIATIVE, "pilot-1", DAY.plusMonths(3), "Triage 15 min snabbare"),
                            new PilotCompleted(INITIATIVE, "pilot-1", DAY.plusMonths(3), "Triage 15 min snabbare"))
                    .decided("G5", IMPLEMENT, List.of(), "TEST", "IMPLEMENTATION")
                    .refused(new SpreadInitiative(INITIATIVE, OTHER_CLINIC, DAY), "NOT_IN_SPREAD_PHASE")
                    .accepted(new RecordImplementation(INITIATIVE, CLINIC, DAY.plusMonths(4)),
                            new InitiativeImplemented(INITIATIVE, CLINIC, DAY.plusMonths(4)))
                    .decided("G6", SCALE_UP, List.of(), "IMPLEMENTATION", "SPREAD")
                    .accepted(new SpreadInitiative(INITIATIVE, OTHER_CLINIC, DAY.plusMonths(6)),
                            new InitiativeSpread(INITIATIVE, OTHER_CLINIC, DAY.plusMonths(6)))
                    .accepted(new CloseInitiative(INITIATIVE, "Slututvärdering: i drift på två enheter",
                                    DAY.plusYears(1), null),
                            new InitiativeClosed(INITIATIVE, "Slututvärdering: i drift på två enheter", DAY.plusYears(1)))
                    .refused(new SpreadInitiative(INITIATIVE, TESTBED, DAY.plusYears(1)), "INITIATIVE_CLOSED");
        }

        private InitiativeRegistered registeredUnderStageGateWithDescription() {
            return new InitiativeRegistered(INITIATIVE, STOCKHOLM, "AI-triage på akuten", "Pilot i testbädden",
                    CLINIC, InitiativeOrigin.NEED, OPEN_NEED, null, CaseType.INNOVATION, STAGE_GATE_V1, "NEED");
        }

        @Test
        void failFastUnderThePartnershipModel() {
            new Walk()
                    .accepted(fromPartner(CaseType.INNOVATION, PARTNERSHIP_ID), new InitiativeRegistered(INITIATIVE,
                            STOCKHOLM, "AI-triage på akuten", null, CLINIC, InitiativeOrigin.PARTNER_OFFER, null,
                            PARTNER, CaseType.INNOVATION, PARTNERSHIP_V1, "STEG_X"))
                    .decided("GX", PROCEED, joint(PROCEED), "STEG_X", "STEG_1")
                    .accepted(new RecordCareUnitAnchoring(INITIATIVE, CLINIC, "Kortare tid till triage", 1L),
                            anchored())
                    .refused(decide("G1", ADJUST, alone(ADJUST), null, null), "DECISION_NOT_JOINT")
                    .decided("G1", DISCONTINUE, joint(DISCONTINUE), "STEG_1", null)
                    .refused(decide("G2", PROCEED, joint(PROCEED), null, null), "INITIATIVE_CLOSED")
                    .refused(new ObserveBarrier(INITIATIVE, "b-1", BarrierCategory.EKONOMI, SystemLevel.ORGANISATION,
                            "Ingen budget för test"), "INITIATIVE_CLOSED")
                    .accepted(new PublishResults(INITIATIVE, "Lärdomar från AI-triage", "Rapport", null, DAY),
                            new ResultsPublished(INITIATIVE, "Lärdomar från AI-triage", "Rapport", null, DAY))
                    .accepted(new CloseInitiative(INITIATIVE, "Avslutad i STEG 1: fail fast", DAY, null),
                            new InitiativeClosed(INITIATIVE, "Avslutad i STEG 1: fail fast", DAY));
        }
    }

    // ---------------------------------------------------------------------------------------------- classification, roles

    @Nested
    class Classify {

        @Test
        void classificationWithTestbedAndMissionsOfTheTenant() {
            fixture.given(registeredUnderStageGate())
                    .when(new ClassifyInitiative(INITIATIVE, " Nära vård ", "Akutsjukvård", InnovationType.SERVICE,
                            List.of(MISSION, OTHER_MISSION), TESTBED, 0L), stockholm())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new InitiativeClassified(INITIATIVE, "Nära vård", "Akutsjukvård",
                            InnovationType.SERVICE, List.of(MISSION, OTHER_MISSION), TESTBED))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void classificationWithoutTestbedOrMissions() {
            fixture.given(registeredUnderStageGate())
                    .when(new ClassifyInitiative(INITIATIVE, null, null, InnovationType.PROCESS, null, null, null),
                            stockholm())
                    .expectEvents(new InitiativeClassified(INITIATIVE, null, null, InnovationType.PROCESS, List.of(),
                            null));
        }

        @Test
        void unitThatIsNoTestbedIsRefused() {
            fixture.given(registeredUnderStageGate())
                    .when(new ClassifyInitiative(INITIATIVE, null, null, null, null, CLINIC, null), stockholm())
                    .expectException(violatesRule("TESTBED_UNKNOWN"))
                    .expectExceptionMessage(containsString(CLINIC.value()))
                    .expectNoEvents();
        }

        @Test
        void testbedOfAnotherTenantIsRefused() {
            refused(List.of(registeredUnderStageGate()),
                    new ClassifyInitiative(INITIATIVE, null, null, null, null, SKANE_TESTBED, null), "TESTBED_UNKNOWN");
        }

        @Test
        void unknownTestbedIsRefused() {
            refused(List.of(registeredUnderStageGate()),
                    new ClassifyInitiative(INITIATIVE, null, null, null, null, NOWHERE, null), "TESTBED_UNKNOWN");
        }

        @Test
        void unknownMissionIsRefused() {
            fixture.given(registeredUnderStageGate())
                    .when(new ClassifyInitiative(INITIATIVE, null, null, null,
                            List.of(MISSION, MissionId.of("mission-nowhere")), null, null), stockholm())
                    .expectException(violatesRule("MISSION_UNKNOWN"))
                    .expectExceptionMessage(containsString("mission-nowhere"))
                    .expectNoEvents();
        }

        @Test
        void missionOfAnotherTenantIsRefused() {
            refused(List.of(registeredUnderStageGate()),
                    new ClassifyInitiative(INITIATIVE, null, null, null, List.of(SKANE_MISSION), null, null),
                    "MISSION_UNKNOWN");
        }

        @Test
        void staleVersionIsRefused() {
            fixture.given(registeredUnderStageGate(), anchored())
                    .when(new ClassifyInitiative(INITIATIVE, null, null, null, null, null, 0L), stockholm())
                    .expectException(violatesRule("STALE_VERSION", 412))
                    .expectNoEvents();
        }

        @Test
        void initiativeOfAnotherTenantIsUnknown() {
            fixture.given(registeredUnderStageGate())
                    .when(new ClassifyInitiative(INITIATIVE, null, null, null, null, SKANE_TESTBED, null),
                            metaData(SKANE))
                    .expectException(violatesRule("INITIATIVE_UNKNOWN", 404))
                    .expectNoEvents();
        }

        @Test
        void aMissionListedTwiceIsMalformed() {
            assertThrows(IllegalArgumentException.class, () -> new ClassifyInitiative(INITIATIVE, null, null, null,
                    List.of(MISSION, MISSION), null, null));
        }
    }

    @Nested
    class AssignRole {

        @Test
        void roleHeldByAUnitOfTheTenant() {
            fixture.given(registeredUnderStageGate())
                    .when(new AssignInitiativeRole(INITIATIVE, InitiativeRole.MAINTAINER, null, OTHER_CLINIC, 0L),
                            stockholm())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new InitiativeRoleAssigned(INITIATIVE, InitiativeRole.MAINTAINER, null, OTHER_CLINIC))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void roleHeldByANamedParty() {
            fixture.given(registeredUnderStageGate())
                    .when(new AssignInitiativeRole(INITIATIVE, InitiativeRole.FUNDER, " Vinnova ", null, null),
                            stockholm())
                    .expectEvents(new InitiativeRoleAssigned(INITIATIVE, InitiativeRole.FUNDER, "Vinnova", null));
        }

        @Test
        void unitOfAnotherTenantIsRefused() {
            fixture.given(registeredUnderStageGate())
                    .when(new AssignInitiativeRole(INITIATIVE, InitiativeRole.NEED_OWNER, null, SKANE_CLINIC, null),
                            stockholm())
                    .expectException(violatesRule("ORGANISATION_UNIT_UNKNOWN"))
                    .expectNoEvents();
        }

        @Test
        void unknownUnitIsRefused() {
            refused(List.of(registeredUnderStageGate()),
                    new AssignInitiativeRole(INITIATIVE, InitiativeRole.NEED_OWNER, "Akuten", NOWHERE, null),
                    "ORGANISATION_UNIT_UNKNOWN");
        }

        @Test
        void staleVersionIsRefused() {
            fixture.given(registeredUnderStageGate())
                    .when(new AssignInitiativeRole(INITIATIVE, InitiativeRole.FUNDER, "Vinnova", null, 3L), stockholm())
                    .expectException(violatesRule("STALE_VERSION", 412))
                    .expectNoEvents();
        }

        @Test
        void roleWithoutHolderIsMalformed() {
            assertThrows(IllegalArgumentException.class,
                    () -> new AssignInitiativeRole(INITIATIVE, InitiativeRole.FUNDER, "  ", null, null));
        }
    }

    // ---------------------------------------------------------------------------------------------- requirements on record

    @Nested
    class RecordsBeforeTheTest {

        @Test
        void careUnitAnchoringIsRecorded() {
            fixture.given(partnershipIn("STEG_1"))
                    .when(new RecordCareUnitAnchoring(INITIATIVE, CLINIC, " Kortare tid till triage ", 1L),
                            stockholm())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(anchored())
                    .expectResultMessagePayload(2L);
        }

        @Test
        void anchoringWithACareUnitOfAnotherTenantIsRefused() {
            refused(partnershipIn("STEG_1"),
                    new RecordCareUnitAnchoring(INITIATIVE, SKANE_CLINIC, "Värdepotential", null),
                    "ORGANISATION_UNIT_UNKNOWN");
        }

        @Test
        void anchoringAtAStaleVersionIsRefused() {
            fixture.given(partnershipIn("STEG_1"))
                    .when(new RecordCareUnitAnchoring(INITIATIVE, CLINIC, "Värdepotential", 0L), stockholm())
                    .expectException(violatesRule("STALE_VERSION", 412))
                    .expectNoEvents();
        }

        @Test
        void baselineIsRecorded() {
            fixture.given(partnershipIn("STEG_2"))
                    .when(new RecordNeedsAndCostBaseline(INITIATIVE,
                            "Nuläge: 40 min till triage, 2 sjuksköterskor per pass", 2L), stockholm())
                    .expectEvents(baselined())
                    .expectResultMessagePayload(3L);
        }

        @Test
        void baselineOfAnotherTenantsInitiativeIsUnknown() {
            fixture.given(partnershipIn("STEG_2"))
                    .when(new RecordNeedsAndCostBaseline(INITIATIVE, "Nuläge", null), metaData(SKANE))
                    .expectException(violatesRule("INITIATIVE_UNKNOWN", 404))
                    .expectNoEvents();
        }

        @Test
        void baselineAtAStaleVersionIsRefused() {
            fixture.given(partnershipIn("STEG_2"))
                    .when(new RecordNeedsAndCostBaseline(INITIATIVE, "Nuläge", 1L), stockholm())
                    .expectException(violatesRule("STALE_VERSION", 412))
                    .expectNoEvents();
        }

        @Test
        void valueAnalysisIsRecordedWithItsEconomicValue() {
            fixture.given(partnershipIn("STEG_3"))
                    .when(new CompleteValueAnalysis(INITIATIVE, "Värdeanalys enligt värdemodellen",
                            EconomicValue.NEGATIVE, 3L), stockholm())
                    .expectEvents(valueAnalysed(EconomicValue.NEGATIVE))
                    .expectResultMessagePayload(4L);
        }

        @Test
        void valueAnalysisAtAStaleVersionIsRefused() {
            fixture.given(partnershipIn("STEG_3"))
                    .when(new CompleteValueAnalysis(INITIATIVE, "Värdeanalys", EconomicValue.POSITIVE, 2L),
                            stockholm())
                    .expectException(violatesRule("STALE_VERSION", 412))
                    .expectNoEvents();
        }

        @Test
        void valueAnalysisOfAnotherTenantsInitiativeIsUnknown() {
            fixture.given(partnershipIn("STEG_3"))
                    .when(new CompleteValueAnalysis(INITIATIVE, "Värdeanalys", EconomicValue.POSITIVE, null),
                            metaData(SKANE))
                    .expectException(violatesRule("INITIATIVE_UNKNOWN", 404))
                    .expectNoEvents();
        }

        @Test
        void malformedRecordsAreRefusedOnConstruction() {
            assertThrows(IllegalArgumentException.class,
                    () -> new RecordCareUnitAnchoring(INITIATIVE, CLINIC, " ", null));
            assertThrows(IllegalArgumentException.class,
                    () -> new RecordCareUnitAnchoring(INITIATIVE, null, "Värdepotential", null));
            assertThrows(IllegalArgumentException.class, () -> new RecordNeedsAndCostBaseline(INITIATIVE, "", null));
            assertThrows(IllegalArgumentException.class,
                    () -> new CompleteValueAnalysis(INITIATIVE, "Värdeanalys", null, null));
        }
    }

    // ---------------------------------------------------------------------------------------------- barriers

    @Nested
    class Barriers {

        private final BarrierObserved observed = new BarrierObserved(INITIATIVE, "b-juridik", BarrierCategory.JURIDIK,
                SystemLevel.POLICY, "Patientdatalagen hindrar delning");
        private final BarrierAddressed addressed = new BarrierAddressed(INITIATIVE, "b-juridik", "Nytt avtal");
        private final BarrierCircumvented circumvented =
                new BarrierCircumvented(INITIATIVE, "b-juridik", "Avidentifierade data");

        @Test
        void barrierIsObserved() {
            fixture.given(registeredUnderStageGate())
                    .when(new ObserveBarrier(INITIATIVE, "b-juridik", BarrierCategory.JURIDIK, SystemLevel.POLICY,
                            " Patientdatalagen hindrar delning "), stockholm())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(observed)
                    .expectResultMessagePayload(1L);
        }

        @Test
        void barrierObservedTwiceIsRefused() {
            fixture.given(registeredUnderStageGate(), observed)
                    .when(new ObserveBarrier(INITIATIVE, "b-juridik", BarrierCategory.DATA, SystemLevel.OPERATIONS,
                            "Igen"), stockholm())
                    .expectException(violatesRule("BARRIER_ALREADY_OBSERVED"))
                    .expectExceptionMessage(containsString("b-juridik"))
                    .expectNoEvents();
        }

        @Test
        void aResolvedBarrierCannotBeObservedAgainUnderItsId() {
            refused(List.of(registeredUnderStageGate(), observed, addressed), new ObserveBarrier(INITIATIVE,
                    "b-juridik", BarrierCategory.JURIDIK, SystemLevel.POLICY, "Igen"), "BARRIER_ALREADY_OBSERVED");
        }

        @Test
        void anotherBarrierIsObservedNextToTheFirst() {
            fixture.given(registeredUnderStageGate(), observed)
                    .when(new ObserveBarrier(INITIATIVE, "b-data", BarrierCategory.DATA, SystemLevel.OPERATIONS,
                            "Journalsystemet saknar API"), stockholm())
                    .expectEvents(new BarrierObserved(INITIATIVE, "b-data", BarrierCategory.DATA,
                            SystemLevel.OPERATIONS, "Journalsystemet saknar API"))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void observedBarrierIsAddressed() {
            fixture.given(registeredUnderStageGate(), observed)
                    .when(new AddressBarrier(INITIATIVE, "b-juridik", "Nytt avtal"), stockholm())
                    .expectEvents(addressed)
                    .expectResultMessagePayload(2L);
        }

        @Test
        void observedBarrierIsCircumvented() {
            fixture.given(registeredUnderStageGate(), observed)
                    .when(new CircumventBarrier(INITIATIVE, "b-juridik", "Avidentifierade data"), stockholm())
                    .expectEvents(circumvented)
                    .expectResultMessagePayload(2L);
        }

        @Test
        void addressingAnUnknownBarrierIsRefused() {
            fixture.given(registeredUnderStageGate(), observed)
                    .when(new AddressBarrier(INITIATIVE, "b-okand", "Åtgärd"), stockholm())
                    .expectException(violatesRule("BARRIER_UNKNOWN"))
                    .expectExceptionMessage(containsString("b-okand"))
                    .expectNoEvents();
        }

        @Test
        void circumventingAnUnknownBarrierIsRefused() {
            refused(List.of(registeredUnderStageGate()), new CircumventBarrier(INITIATIVE, "b-okand", "Runt"),
                    "BARRIER_UNKNOWN");
        }

        @Test
        void anAddressedBarrierIsNotAddressedAgain() {
            refused(List.of(registeredUnderStageGate(), observed, addressed),
                    new AddressBarrier(INITIATIVE, "b-juridik", "Igen"), "BARRIER_ALREADY_RESOLVED");
        }

        @Test
        void anAddressedBarrierIsNotCircumvented() {
            refused(List.of(registeredUnderStageGate(), observed, addressed),
                    new CircumventBarrier(INITIATIVE, "b-juridik", "Runt"), "BARRIER_ALREADY_RESOLVED");
        }

        @Test
        void aCircumventedBarrierIsNotAddressed() {
            refused(List.of(registeredUnderStageGate(), observed, circumvented),
                    new AddressBarrier(INITIATIVE, "b-juridik", "Ändå"), "BARRIER_ALREADY_RESOLVED");
        }

        @Test
        void aCircumventedBarrierIsNotCircumventedAgain() {
            refused(List.of(registeredUnderStageGate(), observed, circumvented),
                    new CircumventBarrier(INITIATIVE, "b-juridik", "Igen"), "BARRIER_ALREADY_RESOLVED");
        }

        @Test
        void barrierOfAnotherTenantsInitiativeIsUnknown() {
            fixture.given(registeredUnderStageGate(), observed)
                    .when(new AddressBarrier(INITIATIVE, "b-juridik", "Nytt avtal"), metaData(SKANE))
                    .expectException(violatesRule("INITIATIVE_UNKNOWN", 404))
                    .expectNoEvents();
        }

        @Test
        void malformedBarrierCommandsAreRefusedOnConstruction() {
            assertThrows(IllegalArgumentException.class, () -> new ObserveBarrier(INITIATIVE, "b juridik",
                    BarrierCategory.JURIDIK, SystemLevel.POLICY, "Text"));
            assertThrows(IllegalArgumentException.class, () -> new ObserveBarrier(INITIATIVE, "b-1", null,
                    SystemLevel.POLICY, "Text"));
            assertThrows(IllegalArgumentException.class, () -> new AddressBarrier(INITIATIVE, "b-1", " "));
            assertThrows(IllegalArgumentException.class, () -> new CircumventBarrier(INITIATIVE, "b-1", null));
        }
    }

    // ---------------------------------------------------------------------------------------------- pilots

    @Nested
    class Pilots {

        private final PilotStarted started = new PilotStarted(INITIATIVE, "pilot-1", TESTBED, DAY);

        @Test
        void pilotStartsInTheTestPhaseOfTheGenericModel() {
            fixture.given(stageGateIn("TEST"))
                    .when(new StartPilot(INITIATIVE, "pilot-1", TESTBED, DAY), stockholm())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(started)
                    .expectResultMessagePayload(5L);
        }

        @Test
        void pilotStartsInTheTestPhaseOfThePartnershipModel() {
            fixture.given(partnershipIn("STEG_4"))
                    .when(new StartPilot(INITIATIVE, "pilot-1", TESTBED, DAY), stockholm())
                    .expectEvents(started);
        }

        @Test
        void pilotOutsideTheTestPhaseIsRefused() {
            fixture.given(stageGateIn("DEVELOPMENT"))
                    .when(new StartPilot(INITIATIVE, "pilot-1", TESTBED, DAY), stockholm())
                    .expectException(violatesRule("PILOT_OUTSIDE_TEST_PHASE"))
                    .expectExceptionMessage(containsString("DEVELOPMENT"))
                    .expectNoEvents();
        }

        @Test
        void pilotAfterTheTestPhaseIsRefused() {
            refused(stageGateIn("IMPLEMENTATION"), new StartPilot(INITIATIVE, "pilot-2", TESTBED, DAY),
                    "PILOT_OUTSIDE_TEST_PHASE");
        }

        @Test
        void pilotAtAUnitOfAnotherTenantIsRefused() {
            refused(stageGateIn("TEST"), new StartPilot(INITIATIVE, "pilot-1", SKANE_TESTBED, DAY),
                    "ORGANISATION_UNIT_UNKNOWN");
        }

        @Test
        void runningPilotCannotStartAgain() {
            fixture.given(with(stageGateIn("TEST"), started))
                    .when(new StartPilot(INITIATIVE, "pilot-1", CLINIC, DAY), stockholm())
                    .expectException(violatesRule("PILOT_ALREADY_STARTED"))
                    .expectExceptionMessage(containsString("pilot-1"))
                    .expectNoEvents();
        }

        @Test
        void completedPilotCannotStartAgain() {
            refused(with(stageGateIn("TEST"), started,
                            new PilotCompleted(INITIATIVE, "pilot-1", DAY.plusMonths(1), "Klart")),
                    new StartPilot(INITIATIVE, "pilot-1", TESTBED, DAY), "PILOT_ALREADY_STARTED");
        }

        @Test
        void aSecondPilotRunsNextToTheFirst() {
            fixture.given(with(stageGateIn("TEST"), started))
                    .when(new StartPilot(INITIATIVE, "pilot-2", CLINIC, DAY), stockholm())
                    .expectEvents(new PilotStarted(INITIATIVE, "pilot-2", CLINIC, DAY))
                    .expectResultMessagePayload(6L);
        }

        @Test
        void runningPilotIsCompleted() {
            fixture.given(with(stageGateIn("TEST"), started))
                    .when(new CompletePilot(INITIATIVE, "pilot-1", DAY.plusMonths(3), " Triage 15 min snabbare "),
                            stockholm())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new PilotCompleted(INITIATIVE, "pilot-1", DAY.plusMonths(3),
                            "Triage 15 min snabbare"))
                    .expectResultMessagePayload(6L);
        }

        @Test
        void unknownPilotIsNotRunning() {
            fixture.given(with(stageGateIn("TEST"), started))
                    .when(new CompletePilot(INITIATIVE, "pilot-9", DAY, "Resultat"), stockholm())
                    .expectException(violatesRule("PILOT_NOT_RUNNING"))
                    .expectExceptionMessage(containsString("pilot-9"))
                    .expectNoEvents();
        }

        @Test
        void completedPilotIsNotRunning() {
            refused(with(stageGateIn("TEST"), started,
                            new PilotCompleted(INITIATIVE, "pilot-1", DAY.plusMonths(1), "Klart")),
                    new CompletePilot(INITIATIVE, "pilot-1", DAY.plusMonths(2), "Igen"), "PILOT_NOT_RUNNING");
        }

        @Test
        void malformedPilotCommandsAreRefusedOnConstruction() {
            assertThrows(IllegalArgumentException.class, () -> new StartPilot(INITIATIVE, "pilot 1", TESTBED, DAY));
            assertThrows(IllegalArgumentException.class, () -> new StartPilot(INITIATIVE, "pilot-1", null, DAY));
            assertThrows(IllegalArgumentException.class,
                    () -> new StartPilot(INITIATIVE, "pilot-1", TESTBED, LocalDate.of(999, 1, 1)));
            assertThrows(IllegalArgumentException.class, () -> new CompletePilot(INITIATIVE, "pilot-1", DAY, " "));
        }
    }

    // ---------------------------------------------------------------------------------------------- operation, spread

    @Nested
    class ImplementationAndSpread {

        @Test
        void implementationIsRecordedInTheImplementationPhase() {
            fixture.given(stageGateIn("IMPLEMENTATION"))
                    .when(new RecordImplementation(INITIATIVE, CLINIC, DAY), stockholm())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new InitiativeImplemented(INITIATIVE, CLINIC, DAY))
                    .expectResultMessagePayload(6L);
        }

        @Test
        void implementationIsRecordedInTheSpreadPhaseToo() {
            fixture.given(stageGateIn("SPREAD"))
                    .when(new RecordImplementation(INITIATIVE, OTHER_CLINIC, DAY), stockholm())
                    .expectEvents(new InitiativeImplemented(INITIATIVE, OTHER_CLINIC, DAY));
        }

        @Test
        void implementationDuringTheTestIsRefused() {
            fixture.given(stageGateIn("TEST"))
                    .when(new RecordImplementation(INITIATIVE, CLINIC, DAY), stockholm())
                    .expectException(violatesRule("NOT_IN_OPERATION_PHASE"))
                    .expectExceptionMessage(containsString("TEST"))
                    .expectNoEvents();
        }

        @Test
        void implementationAtAUnitOfAnotherTenantIsRefused() {
            refused(stageGateIn("IMPLEMENTATION"), new RecordImplementation(INITIATIVE, SKANE_CLINIC, DAY),
                    "ORGANISATION_UNIT_UNKNOWN");
        }

        @Test
        void spreadIsRecordedInTheSpreadPhase() {
            fixture.given(stageGateIn("SPREAD"))
                    .when(new SpreadInitiative(INITIATIVE, OTHER_CLINIC, DAY), stockholm())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new InitiativeSpread(INITIATIVE, OTHER_CLINIC, DAY))
                    .expectResultMessagePayload(7L);
        }

        @Test
        void spreadAfterJointReferenceUseInThePartnership() {
            fixture.given(with(partnershipIn("STEG_4"), new GateDecisionRecorded(INITIATIVE, decisionId(5), "G4",
                            REFERENCE_USE, "STEG_4", "STEG_5", "Styrgruppen", joint(REFERENCE_USE), "Referens",
                            List.of(), DAY, null)))
                    .when(new SpreadInitiative(INITIATIVE, OTHER_CLINIC, DAY), stockholm())
                    .expectEvents(new InitiativeSpread(INITIATIVE, OTHER_CLINIC, DAY));
        }

        @Test
        void spreadInTheImplementationPhaseIsRefused() {
            fixture.given(stageGateIn("IMPLEMENTATION"))
                    .when(new SpreadInitiative(INITIATIVE, OTHER_CLINIC, DAY), stockholm())
                    .expectException(violatesRule("NOT_IN_SPREAD_PHASE"))
                    .expectExceptionMessage(containsString("IMPLEMENTATION"))
                    .expectNoEvents();
        }

        @Test
        void spreadDuringTheTestIsRefused() {
            refused(partnershipIn("STEG_4"), new SpreadInitiative(INITIATIVE, OTHER_CLINIC, DAY),
                    "NOT_IN_SPREAD_PHASE");
        }

        @Test
        void spreadToAUnitOfAnotherTenantIsRefused() {
            refused(stageGateIn("SPREAD"), new SpreadInitiative(INITIATIVE, SKANE_CLINIC, DAY),
                    "ORGANISATION_UNIT_UNKNOWN");
        }

        @Test
        void malformedCommandsAreRefusedOnConstruction() {
            assertThrows(IllegalArgumentException.class, () -> new RecordImplementation(INITIATIVE, null, DAY));
            assertThrows(IllegalArgumentException.class, () -> new SpreadInitiative(INITIATIVE, CLINIC, null));
            assertThrows(IllegalArgumentException.class,
                    () -> new SpreadInitiative(INITIATIVE, CLINIC, LocalDate.of(10000, 1, 1)));
        }
    }

    // ---------------------------------------------------------------------------------------------- results, close

    @Nested
    class Publish {

        private final PublishResults publish =
                new PublishResults(INITIATIVE, " Lärdomar från AI-triage ", "Läkartidningen", "doi:10/abc", DAY);
        private final ResultsPublished published =
                new ResultsPublished(INITIATIVE, "Lärdomar från AI-triage", "Läkartidningen", "doi:10/abc", DAY);

        @Test
        void resultsArePublishedWhileRunning() {
            fixture.given(registeredUnderStageGate())
                    .when(publish, stockholm())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(published)
                    .expectResultMessagePayload(1L);
        }

        @Test
        void resultsArePublishedAfterTheInitiativeWasDiscontinued() {
            fixture.given(registeredUnderStageGate(), discontinuedAt("G1", "NEED", 1))
                    .when(publish, stockholm())
                    .expectEvents(published)
                    .expectResultMessagePayload(2L);
        }

        @Test
        void resultsArePublishedAfterTheInitiativeWasClosed() {
            fixture.given(registeredUnderStageGate(), closed())
                    .when(publish, stockholm())
                    .expectEvents(published)
                    .expectResultMessagePayload(2L);
        }

        @Test
        void resultsOfAnotherTenantsInitiativeAreRefused() {
            fixture.given(registeredUnderStageGate(), closed())
                    .when(publish, metaData(SKANE))
                    .expectException(violatesRule("INITIATIVE_UNKNOWN", 404))
                    .expectNoEvents();
        }

        @Test
        void malformedPublicationIsRefusedOnConstruction() {
            assertThrows(IllegalArgumentException.class, () -> new PublishResults(INITIATIVE, "T", " ", null, DAY));
            assertThrows(IllegalArgumentException.class, () -> new PublishResults(INITIATIVE, "T", "C", null, null));
        }
    }

    @Nested
    class Close {

        private final CloseInitiative close =
                new CloseInitiative(INITIATIVE, " Slututvärdering: målen nåddes delvis ", DAY, null);

        @Test
        void runningInitiativeIsClosedWithItsFinalEvaluation() {
            fixture.given(stageGateIn("TEST"))
                    .when(close, stockholm())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(closed())
                    .expectResultMessagePayload(5L);
        }

        @Test
        void discontinuedInitiativeIsClosedWithItsFinalEvaluation() {
            fixture.given(registeredUnderStageGate(), discontinuedAt("G1", "NEED", 1))
                    .when(close, stockholm())
                    .expectEvents(closed())
                    .expectResultMessagePayload(2L);
        }

        @Test
        void secondCloseIsRefused() {
            fixture.given(registeredUnderStageGate(), closed())
                    .when(close, stockholm())
                    .expectException(violatesRule("INITIATIVE_CLOSED"))
                    .expectExceptionMessage(containsString("already closed"))
                    .expectNoEvents();
        }

        @Test
        void currentExpectedVersionIsAccepted() {
            fixture.given(registeredUnderStageGate(), anchored())
                    .when(new CloseInitiative(INITIATIVE, "Slututvärdering: målen nåddes delvis", DAY, 1L),
                            stockholm())
                    .expectEvents(closed())
                    .expectResultMessagePayload(2L);
        }

        @Test
        void staleExpectedVersionIsRefused() {
            fixture.given(registeredUnderStageGate(), anchored())
                    .when(new CloseInitiative(INITIATIVE, "Slutord", DAY, 0L), stockholm())
                    .expectException(violatesRule("STALE_VERSION", 412))
                    .expectNoEvents();
        }

        @Test
        void initiativeOfAnotherTenantIsUnknown() {
            fixture.given(registeredUnderStageGate())
                    .when(close, metaData(SKANE))
                    .expectException(violatesRule("INITIATIVE_UNKNOWN", 404))
                    .expectNoEvents();
        }

        @Test
        void closeWithoutFinalEvaluationIsMalformed() {
            assertThrows(IllegalArgumentException.class, () -> new CloseInitiative(INITIATIVE, "  ", DAY, null));
            assertThrows(IllegalArgumentException.class, () -> new CloseInitiative(INITIATIVE, "Slutord", null, null));
        }
    }

    // ---------------------------------------------------------------------------------------------- corrections

    /** Corrections are compensating events, never edits: the latest decision in force may be retracted. */
    @Nested
    class RetractGateDecisions {

        private static final String WHY = "Fel grind registrerad";

        private RetractGateDecision retract(int n) {
            return retract(n, null);
        }

        private RetractGateDecision retract(int n, Long expectedVersion) {
            return new RetractGateDecision(INITIATIVE, decisionId(n), WHY, expectedVersion);
        }

        private GateDecisionRetracted retracted(int n, String restoredPhase) {
            return new GateDecisionRetracted(INITIATIVE, decisionId(n), restoredPhase);
        }

        @Test
        void theLatestDecisionIsRetractedBackToThePhaseItWasTakenInAndAnswersTheNewVersion() {
            fixture.given(stageGateIn("PRE_STUDY"))
                    .when(retract(2), stockholm())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(retracted(2, "IDEA"))
                    .expectResultMessagePayload(3L);
        }

        @Test
        void afterARetractionTheGateOfTheRestoredPhaseIsDecidedAgainUnderAFreshDecisionId() {
            RecordGateDecision command = decide("G2", PROCEED);
            fixture.given(with(stageGateIn("PRE_STUDY"), retracted(2, "IDEA")))
                    .when(command, stockholm())
                    .expectEvents(recorded(command, 3, "IDEA", "PRE_STUDY"))
                    .expectResultMessagePayload(4L);
        }

        @Test
        void afterARetractionTheGateOfTheRetractedDecisionsTargetPhaseIsNotCurrent() {
            refused(with(stageGateIn("PRE_STUDY"), retracted(2, "IDEA")), decide("G3", PROCEED), "GATE_NOT_CURRENT");
        }

        @Test
        void retractionsUnwindOneDecisionAtATime() {
            fixture.given(with(stageGateIn("PRE_STUDY"), retracted(2, "IDEA")))
                    .when(retract(1), stockholm())
                    .expectEvents(retracted(1, "NEED"))
                    .expectResultMessagePayload(4L);
        }

        @Test
        void anAdjustmentIsRetractedIntoTheSamePhase() {
            fixture.given(registeredUnderStageGate(), new GateDecisionRecorded(INITIATIVE, decisionId(1), "G1", ADJUST,
                            "NEED", "NEED", "Styrgruppen", List.of(), "Omarbeta", List.of(), DAY, null))
                    .when(retract(1), stockholm())
                    .expectEvents(retracted(1, "NEED"));
        }

        @Test
        void theDecisionThatEndedTheInitiativeIsRetractedWhichReopensIt() {
            fixture.given(with(stageGateIn("TEST"), discontinuedAt("G5", "TEST", 5)))
                    .when(retract(5), stockholm())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(retracted(5, "TEST"))
                    .expectResultMessagePayload(6L);
        }

        @Test
        void aReopenedInitiativeIsChangeableAgainInTheRestoredPhase() {
            fixture.given(with(inTestWithOpenBarrierAndRunningPilot(), discontinuedAt("G5", "TEST", 5),
                            retracted(5, "TEST")))
                    .when(new StartPilot(INITIATIVE, "pilot-new", TESTBED, DAY), stockholm())
                    .expectEvents(new PilotStarted(INITIATIVE, "pilot-new", TESTBED, DAY));
        }

        @Test
        void anEarlierDecisionIsRefused() {
            fixture.given(stageGateIn("PRE_STUDY"))
                    .when(retract(1), stockholm())
                    .expectException(violatesRule("GATE_DECISION_NOT_LATEST"))
                    .expectExceptionMessage(containsString(decisionId(2)))
                    .expectNoEvents();
        }

        @Test
        void aDecisionRetractedBeforeIsRefused() {
            refused(with(stageGateIn("PRE_STUDY"), retracted(2, "IDEA")), retract(2), "GATE_DECISION_NOT_LATEST");
        }

        @Test
        void whenEveryDecisionIsRetractedNoneIsLatest() {
            refused(with(stageGateIn("IDEA"), retracted(1, "NEED")), retract(1), "GATE_DECISION_NOT_LATEST");
        }

        @Test
        void anUnknownDecisionIsRefused() {
            refused(stageGateIn("PRE_STUDY"), retract(3), "GATE_DECISION_UNKNOWN");
            refused(stageGateIn("PRE_STUDY"), new RetractGateDecision(INITIATIVE, "ini-other-D1", WHY, null),
                    "GATE_DECISION_UNKNOWN");
        }

        @Test
        void withoutAnyDecisionThereIsNothingToRetract() {
            refused(List.of(registeredUnderStageGate()), retract(1), "GATE_DECISION_UNKNOWN");
        }

        @Test
        void theCurrentExpectedVersionIsAccepted() {
            fixture.given(stageGateIn("PRE_STUDY"))
                    .when(retract(2, 2L), stockholm())
                    .expectEvents(retracted(2, "IDEA"))
                    .expectResultMessagePayload(3L);
        }

        @Test
        void aStaleExpectedVersionIsRefused() {
            fixture.given(stageGateIn("PRE_STUDY"))
                    .when(retract(2, 1L), stockholm())
                    .expectException(violatesRule("STALE_VERSION", 412))
                    .expectNoEvents();
        }

        @Test
        void anotherTenantsInitiativeIsUnknown() {
            fixture.given(stageGateIn("PRE_STUDY"))
                    .when(retract(2), metaData(SKANE))
                    .expectException(violatesRule("INITIATIVE_UNKNOWN", 404))
                    .expectNoEvents();
        }

        @Test
        void aClosedInitiativeRefuses() {
            fixture.given(with(stageGateIn("PRE_STUDY"), closed()))
                    .when(retract(2), stockholm())
                    .expectException(violatesRule("INITIATIVE_CLOSED"))
                    .expectExceptionMessage(containsString("is closed"))
                    .expectNoEvents();
        }

        @Test
        void anInitiativeClosedAfterTheDecisionThatEndedItRefuses() {
            refused(with(stageGateIn("TEST"), discontinuedAt("G5", "TEST", 5), closed()), retract(5),
                    "INITIATIVE_CLOSED");
        }

        @Test
        void aRetractionWithoutReasonOrDecisionIsMalformed() {
            assertThrows(IllegalArgumentException.class, () -> new RetractGateDecision(INITIATIVE, decisionId(1), "  ",
                    null));
            assertThrows(IllegalArgumentException.class, () -> new RetractGateDecision(INITIATIVE, decisionId(1), null,
                    null));
            assertThrows(IllegalArgumentException.class, () -> new RetractGateDecision(INITIATIVE, " ", WHY, null));
            assertThrows(IllegalArgumentException.class, () -> new RetractGateDecision(null, decisionId(1), WHY, null));
            assertEquals("Fel grind registrerad",
                    new RetractGateDecision(INITIATIVE, decisionId(1), " " + WHY + " ", null).reason());
        }
    }

    /** Every change to a running initiative; each would be accepted in some phase. */
    static Stream<Named<Object>> changes() {
        return Stream.of(
                Named.of("ClassifyInitiative", new ClassifyInitiative(INITIATIVE, null, null, InnovationType.METHOD,
                        null, null, null)),
                Named.of("AssignInitiativeRole", new AssignInitiativeRole(INITIATIVE, InitiativeRole.FUNDER,
                        "Vinnova", null, null)),
                Named.of("RecordCareUnitAnchoring", new RecordCareUnitAnchoring(INITIATIVE, CLINIC, "Potential",
                        null)),
                Named.of("RecordNeedsAndCostBaseline", new RecordNeedsAndCostBaseline(INITIATIVE, "Nuläge", null)),
                Named.of("CompleteValueAnalysis", new CompleteValueAnalysis(INITIATIVE, "Analys",
                        EconomicValue.POSITIVE, null)),
                Named.of("RecordGateDecision", decide("G5", IMPLEMENT)),
                Named.of("ObserveBarrier", new ObserveBarrier(INITIATIVE, "b-new", BarrierCategory.DATA,
                        SystemLevel.OPERATIONS, "Nytt hinder")),
                Named.of("AddressBarrier", new AddressBarrier(INITIATIVE, "b-open", "Åtgärd")),
                Named.of("CircumventBarrier", new CircumventBarrier(INITIATIVE, "b-open", "Runt")),
                Named.of("StartPilot", new StartPilot(INITIATIVE, "pilot-new", TESTBED, DAY)),
                Named.of("CompletePilot", new CompletePilot(INITIATIVE, "pilot-running", DAY, "Resultat")),
                Named.of("RecordImplementation", new RecordImplementation(INITIATIVE, CLINIC, DAY)),
                Named.of("SpreadInitiative", new SpreadInitiative(INITIATIVE, OTHER_CLINIC, DAY)));
    }

    /** An initiative in the test phase with an open barrier and a running pilot: every change is possible. */
    private static List<Object> inTestWithOpenBarrierAndRunningPilot() {
        return with(stageGateIn("TEST"),
                new BarrierObserved(INITIATIVE, "b-open", BarrierCategory.EKONOMI, SystemLevel.ORGANISATION, "Budget"),
                new PilotStarted(INITIATIVE, "pilot-running", TESTBED, DAY));
    }

    @Nested
    class AfterTheEnd {

        @ParameterizedTest
        @MethodSource("org.innovationledger.command.initiative.InitiativeTest#changes")
        void closedInitiativeRefusesEveryChange(Object change) {
            fixture.given(with(inTestWithOpenBarrierAndRunningPilot(), closed()))
                    .when(change, stockholm())
                    .expectException(violatesRule("INITIATIVE_CLOSED"))
                    .expectExceptionMessage(containsString("is closed"))
                    .expectNoEvents();
        }

        @ParameterizedTest
        @MethodSource("org.innovationledger.command.initiative.InitiativeTest#changes")
        void discontinuedInitiativeRefusesEveryChange(Object change) {
            fixture.given(with(inTestWithOpenBarrierAndRunningPilot(), discontinuedAt("G5", "TEST", 5)))
                    .when(change, stockholm())
                    .expectException(violatesRule("INITIATIVE_CLOSED"))
                    .expectExceptionMessage(containsString("ended by a gate decision"))
                    .expectNoEvents();
        }

        @ParameterizedTest
        @MethodSource("org.innovationledger.command.initiative.InitiativeTest#changes")
        void anotherTenantLearnsNothingAboutAClosedInitiative(Object change) {
            fixture.given(with(inTestWithOpenBarrierAndRunningPilot(), closed()))
                    .when(change, metaData(SKANE))
                    .expectException(violatesRule("INITIATIVE_UNKNOWN", 404))
                    .expectNoEvents();
        }

        /** The same commands are accepted before the end, so the refusals above are due to the end alone. */
        @ParameterizedTest
        @MethodSource("org.innovationledger.command.initiative.InitiativeTest#changes")
        void theSameChangesAreAcceptedWhileRunning(Object change) {
            List<Object> given = inTestWithOpenBarrierAndRunningPilot();
            if (change instanceof RecordImplementation || change instanceof SpreadInitiative) {
                given = with(given, new GateDecisionRecorded(INITIATIVE, decisionId(5), "G5", SCALE_UP, "TEST",
                        "SPREAD", "Styrgruppen", List.of(), "Skala upp", List.of(), DAY, null));
            }
            fixture.given(given)
                    .when(change, stockholm())
                    .expectSuccessfulHandlerExecution();
        }
    }

    // ---------------------------------------------------------------------------------------------- built-in models

    /**
     * The shipped definitions behave as the test models do. The agreement check is the fake here; the shipped one
     * reads agreements from the event store (EventSourcedInitiativeAgreementsTest, AgreementJourneyTest).
     */
    @Nested
    class UnderTheBuiltInModels {

        private SwitchablePartnerAgreements builtInAgreements;

        @BeforeEach
        void useTheBuiltInModels() {
            fixture = new AggregateTestFixture<>(Initiative.class);
            fixture.registerInjectableResource(new InMemoryOrganisationUnitDirectory()
                    .add(CLINIC, STOCKHOLM, OrganisationUnitKind.CLINIC));
            fixture.registerInjectableResource(new InMemoryNeedDirectory().open(OPEN_NEED, STOCKHOLM));
            fixture.registerInjectableResource(new InMemoryMissionDirectory());
            TestProcessModelCatalogue catalogue = new TestProcessModelCatalogue();
            BuiltInProcessModels.all().forEach(catalogue::serve);
            fixture.registerInjectableResource(catalogue);
            fixture.registerInjectableResource(builtInAgreements = new SwitchablePartnerAgreements());
        }

        @Test
        void theVllProcessStartsInStegX() {
            fixture.givenNoPriorActivity()
                    .when(fromPartner(CaseType.INNOVATION, BuiltInProcessModels.VLL_PARTNERSHIP.id()), stockholm())
                    .expectEvents(new InitiativeRegistered(INITIATIVE, STOCKHOLM, "AI-triage på akuten", null,
                            CLINIC, InitiativeOrigin.PARTNER_OFFER, null, PARTNER, CaseType.INNOVATION,
                            BuiltInProcessModels.VLL_PARTNERSHIP, "STEG_X"));
        }

        @ParameterizedTest
        @EnumSource(value = CaseType.class, names = {"TRADITIONAL_PROCUREMENT", "CLINICAL_TRIAL", "PURE_RESEARCH"})
        void theVllProcessExcludesTheSameCaseTypes(CaseType caseType) {
            fixture.givenNoPriorActivity()
                    .when(fromPartner(caseType, BuiltInProcessModels.VLL_PARTNERSHIP.id()), stockholm())
                    .expectException(violatesRule("CASE_TYPE_OUT_OF_SCOPE"))
                    .expectNoEvents();
        }

        @Test
        void withoutASignedAgreementTheVllTestPhaseCannotBeEntered() {
            fixture.given(vllCaseReadyForTheTestPhase())
                    .when(decide("G3", PROCEED, joint(PROCEED), null, null), stockholm())
                    .expectException(violatesRule("ENTRY_REQUIREMENTS_MISSING"))
                    .expectExceptionMessage(allOf(containsString("SIGNED_PARTNER_AGREEMENT_WITH_FOLLOW_UPS"),
                            not(containsString("CARE_UNIT_ANCHORING"))))
                    .expectNoEvents();
            assertThat(builtInAgreements.asked()).containsExactly(INITIATIVE);
        }

        @Test
        void withASignedAgreementWithFollowUpsTheVllTestPhaseStarts() {
            builtInAgreements.signed(true);
            RecordGateDecision command = decide("G3", PROCEED, joint(PROCEED), null, null);
            fixture.given(vllCaseReadyForTheTestPhase())
                    .when(command, stockholm())
                    .expectSuccessfulHandlerExecution()
                    .expectEventsMatching(payloadsMatching(exactSequenceOf(
                            Matchers.<Object>predicate(event -> event instanceof GateDecisionRecorded recorded
                                    && recorded.fromPhase().equals("STEG_3") && recorded.toPhase().equals("STEG_4")),
                            andNoMore())));
        }

        private List<Object> vllCaseReadyForTheTestPhase() {
            List<Object> given = new ArrayList<>();
            given.add(new InitiativeRegistered(INITIATIVE, STOCKHOLM, "AI-triage", null, CLINIC,
                    InitiativeOrigin.PARTNER_OFFER, null, PARTNER, CaseType.INNOVATION,
                    BuiltInProcessModels.VLL_PARTNERSHIP, "STEG_X"));
            walkTo(given, PARTNERSHIP_PATH, "STEG_X", "STEG_3");
            given.addAll(List.of(anchored(), baselined(), valueAnalysed(EconomicValue.POSITIVE)));
            return given;
        }

        @Test
        void theGenericModelWalksFromNeedToIdea() {
            RecordGateDecision command = decide("G1", PROCEED);
            fixture.given(new InitiativeRegistered(INITIATIVE, STOCKHOLM, "AI-triage", null, CLINIC,
                            InitiativeOrigin.NEED, OPEN_NEED, null, CaseType.INNOVATION,
                            BuiltInProcessModels.GENERIC_STAGE_GATE, "NEED"))
                    .when(command, stockholm())
                    .expectEvents(recorded(command, 1, "NEED", "IDEA"));
        }
    }
}
