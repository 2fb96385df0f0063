package org.innovationledger.command.process;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.process.BuiltInProcessModels;
import org.innovationledger.kernel.process.DefineProcessModel;
import org.innovationledger.kernel.process.GateDefinition;
import org.innovationledger.kernel.process.GateDefinition.Transition;
import org.innovationledger.kernel.process.GateOutcome;
import org.innovationledger.kernel.process.PhaseDefinition;
import org.innovationledger.kernel.process.PhaseStage;
import org.innovationledger.kernel.process.ProcessModelDefined;
import org.innovationledger.kernel.process.ProcessModelDefinition;
import org.innovationledger.kernel.process.ProcessModelId;
import org.innovationledger.kernel.process.ProcessModelRevised;
import org.innovationledger.kernel.process.ReviseProcessModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.hamcrest.Matchers.containsString;
import static org.innovationledger.command.RuleViolationMatchers.violatesRule;

class ProcessModelTest {

    private static final TenantId STOCKHOLM = TenantId.of("region-stockholm");
    private static final TenantId SKANE = TenantId.of("region-skane");
    private static final ProcessModelId MODEL = ProcessModelId.of("pm-stockholm-snabbspar");

    /** Version 1: need, then test, one gate. */
    static final ProcessModelDefinition FIRST = new ProcessModelDefinition("Snabbspår", "Beslut i innovationsrådet",
            List.of(phase("BEHOV", PhaseStage.INTAKE), phase("TEST", PhaseStage.TEST)),
            List.of(new GateDefinition("G1", "Till test", "BEHOV", List.of(
                    new Transition(GateOutcome.PROCEED, "TEST"), new Transition(GateOutcome.DISCONTINUE, null)))),
            "BEHOV", Set.of(), false);

    /** Version 2: a gate after the test. */
    static final ProcessModelDefinition SECOND = new ProcessModelDefinition("Snabbspår", "Beslut i innovationsrådet",
            FIRST.phases(),
            List.of(FIRST.gates().get(0), new GateDefinition("G2", "Efter test", "TEST", List.of(
                    new Transition(GateOutcome.IMPLEMENT, null), new Transition(GateOutcome.ADJUST, "TEST")))),
            "BEHOV", Set.of(), false);

    private AggregateTestFixture<ProcessModel> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ProcessModel.class);
    }

    private static PhaseDefinition phase(String code, PhaseStage stage) {
        return new PhaseDefinition(code, code.charAt(0) + code.substring(1).toLowerCase(), stage, Set.of());
    }

    private static Map<String, Object> metaData(TenantId tenant) {
        return Map.of(LedgerMetadata.TENANT, tenant.value(),
                LedgerMetadata.PRINCIPAL, "anna.andersson",
                LedgerMetadata.ROLE, "PORTFOLIO_MANAGER",
                LedgerMetadata.REASON, "Egen processmodell för snabba tester",
                LedgerMetadata.DOCUMENT_REF, "RS 2024-0101");
    }

    private static ProcessModelDefined defined() {
        return new ProcessModelDefined(MODEL, STOCKHOLM, 1, FIRST);
    }

    @Nested
    class Define {

        @Test
        void modelIsDefinedAsVersionOneInTheCallersTenant() {
            fixture.givenNoPriorActivity()
                    .when(new DefineProcessModel(MODEL, FIRST), metaData(STOCKHOLM))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new ProcessModelDefined(MODEL, STOCKHOLM, 1, FIRST));
        }

        @Test
        void tenantComesFromMetadata() {
            fixture.givenNoPriorActivity()
                    .when(new DefineProcessModel(MODEL, SECOND), metaData(SKANE))
                    .expectEvents(new ProcessModelDefined(MODEL, SKANE, 1, SECOND));
        }

        @ParameterizedTest
        @ValueSource(strings = {"vll-partnership", "vgr-early-phase", "generic-stage-gate"})
        void idsOfBuiltInModelsAreReserved(String builtIn) {
            fixture.givenNoPriorActivity()
                    .when(new DefineProcessModel(ProcessModelId.of(builtIn), FIRST), metaData(STOCKHOLM))
                    .expectException(violatesRule("PROCESS_MODEL_ID_RESERVED"))
                    .expectExceptionMessage(containsString(builtIn))
                    .expectNoEvents();
        }

        @Test
        void aCopyOfABuiltInDefinitionUnderAnIdOfItsOwnIsAllowed() {
            fixture.givenNoPriorActivity()
                    .when(new DefineProcessModel(MODEL, BuiltInProcessModels.VLL_PARTNERSHIP_V1), metaData(STOCKHOLM))
                    .expectEvents(new ProcessModelDefined(MODEL, STOCKHOLM, 1, BuiltInProcessModels.VLL_PARTNERSHIP_V1));
        }
    }

    @Nested
    class Revise {

        @Test
        void revisionIsTheNextModelVersionAndAnswersTheAggregateVersion() {
            fixture.given(defined())
                    .when(new ReviseProcessModel(MODEL, SECOND, "Grind efter test", null), metaData(STOCKHOLM))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new ProcessModelRevised(MODEL, 2, SECOND, "Grind efter test"))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void goingBackToAnEarlierDefinitionIsANewVersionToo() {
            fixture.given(defined(), new ProcessModelRevised(MODEL, 2, SECOND, "Grind efter test"))
                    .when(new ReviseProcessModel(MODEL, FIRST, "Tillbaka till en grind", 1L), metaData(STOCKHOLM))
                    .expectEvents(new ProcessModelRevised(MODEL, 3, FIRST, "Tillbaka till en grind"))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void modelOfAnotherTenantIsReportedUnknown() {
            fixture.given(defined())
                    .when(new ReviseProcessModel(MODEL, SECOND, "Grind efter test", null), metaData(SKANE))
                    .expectException(violatesRule("PROCESS_MODEL_UNKNOWN", 404))
                    .expectExceptionMessage(containsString(MODEL.value()))
                    .expectNoEvents();
        }

        @Test
        void tenantIsCheckedBeforeVersionAndContent() {
            fixture.given(defined())
                    .when(new ReviseProcessModel(MODEL, FIRST, "Ingen ändring", 7L), metaData(SKANE))
                    .expectException(violatesRule("PROCESS_MODEL_UNKNOWN", 404))
                    .expectNoEvents();
        }

        @Test
        void staleExpectedVersionIsRefusedWith412() {
            fixture.given(defined(), new ProcessModelRevised(MODEL, 2, SECOND, "Grind efter test"))
                    .when(new ReviseProcessModel(MODEL, FIRST, "Tillbaka", 0L), metaData(STOCKHOLM))
                    .expectException(violatesRule("STALE_VERSION", 412))
                    .expectExceptionMessage("expected version 0 but the aggregate is at version 1")
                    .expectNoEvents();
        }

        @Test
        void expectedVersionAheadOfTheAggregateIsRefusedToo() {
            fixture.given(defined())
                    .when(new ReviseProcessModel(MODEL, SECOND, "Grind efter test", 4L), metaData(STOCKHOLM))
                    .expectException(violatesRule("STALE_VERSION", 412))
                    .expectNoEvents();
        }

        @Test
        void correctExpectedVersionIsAccepted() {
            fixture.given(defined())
                    .when(new ReviseProcessModel(MODEL, SECOND, "Grind efter test", 0L), metaData(STOCKHOLM))
                    .expectEvents(new ProcessModelRevised(MODEL, 2, SECOND, "Grind efter test"))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void definitionEqualToTheCurrentVersionIsRefused() {
            ProcessModelDefinition sameAgain = new ProcessModelDefinition(" Snabbspår ", "Beslut i innovationsrådet ",
                    SECOND.phases(), SECOND.gates(), "BEHOV", null, false);

            fixture.given(defined(), new ProcessModelRevised(MODEL, 2, SECOND, "Grind efter test"))
                    .when(new ReviseProcessModel(MODEL, sameAgain, "Samma igen", null), metaData(STOCKHOLM))
                    .expectException(violatesRule("PROCESS_MODEL_UNCHANGED"))
                    .expectExceptionMessage(containsString("version 2"))
                    .expectNoEvents();
        }

        @Test
        void aBuiltInModelCannotBeRevisedForItHasNoStream() {
            fixture.givenNoPriorActivity()
                    .when(new ReviseProcessModel(BuiltInProcessModels.VLL_PARTNERSHIP.id(), FIRST, "Egen variant",
                            null), metaData(STOCKHOLM))
                    .expectException(AggregateNotFoundException.class)
                    .expectNoEvents();
        }
    }
}
