package org.innovationledger.kernel.process;

import org.innovationledger.kernel.process.GateDefinition.Transition;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.innovationledger.kernel.process.GateOutcome.ADJUST;
import static org.innovationledger.kernel.process.GateOutcome.DISCONTINUE;
import static org.innovationledger.kernel.process.GateOutcome.PROCEED;

/** A definition is checked for consistency when it is made, so no event or initiative can carry a broken one. */
class ProcessModelDefinitionTest {

    private static final PhaseDefinition IDEA = new PhaseDefinition("IDEA", "Idé", PhaseStage.EXPLORATION, null);
    private static final PhaseDefinition TEST = new PhaseDefinition("TEST", "Test", PhaseStage.TEST, null);
    private static final GateDefinition G1 = new GateDefinition("G1", "Beslutspunkt 1", "IDEA",
            List.of(new Transition(PROCEED, "TEST"), new Transition(ADJUST, "IDEA"), new Transition(DISCONTINUE, null)));

    private static ProcessModelDefinition model(List<PhaseDefinition> phases, List<GateDefinition> gates,
                                                String startPhase) {
        return new ProcessModelDefinition("Egen modell", null, phases, gates, startPhase, null, false);
    }

    @Test
    void consistentDefinitionIsAcceptedAndNormalised() {
        ProcessModelDefinition model = new ProcessModelDefinition("  Egen modell ", "  ", List.of(IDEA, TEST),
                null, "IDEA", null, false);

        assertThat(model.name()).isEqualTo("Egen modell");
        assertThat(model.source()).isNull();
        assertThat(model.gates()).isEmpty();
        assertThat(model.excludedCaseTypes()).isEmpty();
        assertThat(model(List.of(IDEA, TEST), List.of(G1), "IDEA").gate("G1")).contains(G1);
    }

    @Test
    void setsKeepDeclarationOrderSoEventsDocumentsAndAnswersAreTheSameOnEveryRun() {
        PhaseDefinition test = new PhaseDefinition("TEST", "Test", PhaseStage.TEST, new LinkedHashSet<>(List.of(
                EntryRequirement.SIGNED_PARTNER_AGREEMENT_WITH_FOLLOW_UPS, EntryRequirement.CARE_UNIT_ANCHORING)));
        ProcessModelDefinition model = new ProcessModelDefinition("Egen modell", null, List.of(test), null, "TEST",
                new LinkedHashSet<>(List.of(CaseType.PURE_RESEARCH, CaseType.TRADITIONAL_PROCUREMENT)), false);

        assertThat(test.entryRequirements()).containsExactly(EntryRequirement.CARE_UNIT_ANCHORING,
                EntryRequirement.SIGNED_PARTNER_AGREEMENT_WITH_FOLLOW_UPS);
        assertThat(model.excludedCaseTypes()).containsExactly(CaseType.TRADITIONAL_PROCUREMENT, CaseType.PURE_RESEARCH);
        assertThatThrownBy(() -> model.excludedCaseTypes().add(CaseType.CLINICAL_TRIAL))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> test.entryRequirements().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void setsRefuseNullElements() {
        Set<CaseType> withNull = new HashSet<>(Arrays.asList(CaseType.PURE_RESEARCH, null));

        assertThatThrownBy(() -> new ProcessModelDefinition("Egen modell", null, List.of(IDEA), null, "IDEA",
                withNull, false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void startPhaseMustBeAPhaseOfTheModel() {
        assertThatThrownBy(() -> model(List.of(IDEA, TEST), List.of(G1), "NEED"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("start phase NEED");
    }

    @Test
    void gateMustCloseAPhaseOfTheModel() {
        GateDefinition fromNowhere = new GateDefinition("G0", "Beslutspunkt 0", "NEED",
                List.of(new Transition(PROCEED, "IDEA")));

        assertThatThrownBy(() -> model(List.of(IDEA, TEST), List.of(fromNowhere, G1), "IDEA"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gate G0 closes unknown phase NEED");
    }

    @Test
    void transitionMustLeadToAPhaseOfTheModelOrOutOfIt() {
        GateDefinition toNowhere = new GateDefinition("G1", "Beslutspunkt 1", "IDEA",
                List.of(new Transition(PROCEED, "SPREAD")));

        assertThatThrownBy(() -> model(List.of(IDEA, TEST), List.of(toNowhere), "IDEA"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gate G1 leads to unknown phase SPREAD");
    }

    @Test
    void phaseCodesMustBeUnique() {
        PhaseDefinition secondIdea = new PhaseDefinition("IDEA", "Idé igen", PhaseStage.ANALYSIS, Set.of());

        assertThatThrownBy(() -> model(List.of(IDEA, secondIdea, TEST), List.of(G1), "IDEA"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("phase codes must be unique");
    }

    @Test
    void gateCodesMustBeUnique() {
        GateDefinition secondG1 = new GateDefinition("G1", "Beslutspunkt 1 igen", "TEST",
                List.of(new Transition(DISCONTINUE, null)));

        assertThatThrownBy(() -> model(List.of(IDEA, TEST), List.of(G1, secondG1), "IDEA"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gate codes must be unique: G1");
    }

    @Test
    void gateMustNotListAnOutcomeTwice() {
        assertThatThrownBy(() -> new GateDefinition("G1", "Beslutspunkt 1", "IDEA",
                List.of(new Transition(PROCEED, "TEST"), new Transition(PROCEED, "IDEA"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lists an outcome twice");
    }

    @Test
    void modelNeedsAPhase() {
        assertThatThrownBy(() -> model(List.of(), List.of(), "IDEA"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one phase");
    }
}
