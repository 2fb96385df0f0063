package org.innovationledger.command.initiative;

import org.innovationledger.kernel.process.CaseType;
import org.innovationledger.kernel.process.EntryRequirement;
import org.innovationledger.kernel.process.GateDefinition;
import org.innovationledger.kernel.process.GateDefinition.Transition;
import org.innovationledger.kernel.process.GateOutcome;
import org.innovationledger.kernel.process.PhaseDefinition;
import org.innovationledger.kernel.process.PhaseStage;
import org.innovationledger.kernel.process.ProcessModelDefinition;
import org.innovationledger.kernel.process.ProcessModelId;
import org.innovationledger.kernel.process.ProcessModelRef;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.innovationledger.kernel.process.GateOutcome.ADJUST;
import static org.innovationledger.kernel.process.GateOutcome.COMMERCIALISE;
import static org.innovationledger.kernel.process.GateOutcome.DISCONTINUE;
import static org.innovationledger.kernel.process.GateOutcome.HAND_OVER;
import static org.innovationledger.kernel.process.GateOutcome.IMPLEMENT;
import static org.innovationledger.kernel.process.GateOutcome.PROCEED;
import static org.innovationledger.kernel.process.GateOutcome.REFERENCE_USE;
import static org.innovationledger.kernel.process.GateOutcome.SCALE_UP;

/**
 * Process models built in the test, so the initiative's tests do not depend on the shipped definitions
 * ({@code BuiltInProcessModels}): a partnership model shaped like the VLL process and a generic stage-gate.
 */
final class TestProcessModels {

    static final ProcessModelId PARTNERSHIP_ID = ProcessModelId.of("test-partnership");
    static final ProcessModelRef PARTNERSHIP_V1 = new ProcessModelRef(PARTNERSHIP_ID, 1);

    static final ProcessModelId STAGE_GATE_ID = ProcessModelId.of("test-stage-gate");
    static final ProcessModelRef STAGE_GATE_V1 = new ProcessModelRef(STAGE_GATE_ID, 1);
    /** Version 2 of the stage-gate: gate G1 may also hand a need over to another owner. */
    static final ProcessModelRef STAGE_GATE_V2 = new ProcessModelRef(STAGE_GATE_ID, 2);

    static final ProcessModelDefinition PARTNERSHIP = new ProcessModelDefinition(
            "Test partnership process (shaped like VLL)",
            "built in InitiativeTest",
            List.of(
                    phase("STEG_X", PhaseStage.INTAKE),
                    phase("STEG_1", PhaseStage.EXPLORATION),
                    phase("STEG_2", PhaseStage.ANALYSIS),
                    phase("STEG_3", PhaseStage.ANALYSIS),
                    new PhaseDefinition("STEG_4", "STEG_4", PhaseStage.TEST, EnumSet.allOf(EntryRequirement.class)),
                    phase("STEG_5", PhaseStage.SPREAD),
                    phase("STEG_6", PhaseStage.COMMERCIALISATION)),
            List.of(
                    gate("GX", "STEG_X", proceedAdjustDiscontinue("STEG_X", "STEG_1")),
                    gate("G1", "STEG_1", proceedAdjustDiscontinue("STEG_1", "STEG_2")),
                    gate("G2", "STEG_2", proceedAdjustDiscontinue("STEG_2", "STEG_3")),
                    gate("G3", "STEG_3", proceedAdjustDiscontinue("STEG_3", "STEG_4")),
                    gate("G4", "STEG_4", List.of(to(SCALE_UP, "STEG_5"), to(REFERENCE_USE, "STEG_5"),
                            to(ADJUST, "STEG_4"), ends(DISCONTINUE))),
                    gate("G5", "STEG_5", List.of(to(COMMERCIALISE, "STEG_6"), ends(HAND_OVER)))),
            "STEG_X",
            Set.of(CaseType.TRADITIONAL_PROCUREMENT, CaseType.CLINICAL_TRIAL, CaseType.PURE_RESEARCH),
            true);

    static final ProcessModelDefinition STAGE_GATE = stageGate(false);
    static final ProcessModelDefinition STAGE_GATE_REVISED = stageGate(true);

    private TestProcessModels() {
    }

    private static ProcessModelDefinition stageGate(boolean needMayBeHandedOver) {
        List<Transition> g1 = new ArrayList<>(proceedAdjustDiscontinue("NEED", "IDEA"));
        if (needMayBeHandedOver) {
            g1.add(ends(HAND_OVER));
        }
        return new ProcessModelDefinition(
                needMayBeHandedOver ? "Test stage-gate, revised" : "Test stage-gate",
                null,
                List.of(
                        phase("NEED", PhaseStage.INTAKE),
                        phase("IDEA", PhaseStage.EXPLORATION),
                        phase("PRE_STUDY", PhaseStage.EXPLORATION),
                        phase("DEVELOPMENT", PhaseStage.ANALYSIS),
                        phase("TEST", PhaseStage.TEST),
                        phase("IMPLEMENTATION", PhaseStage.IMPLEMENTATION),
                        phase("SPREAD", PhaseStage.SPREAD)),
                List.of(
                        gate("G1", "NEED", g1),
                        gate("G2", "IDEA", proceedAdjustDiscontinue("IDEA", "PRE_STUDY")),
                        gate("G3", "PRE_STUDY", proceedAdjustDiscontinue("PRE_STUDY", "DEVELOPMENT")),
                        gate("G4", "DEVELOPMENT", proceedAdjustDiscontinue("DEVELOPMENT", "TEST")),
                        gate("G5", "TEST", List.of(to(IMPLEMENT, "IMPLEMENTATION"), to(SCALE_UP, "SPREAD"),
                                to(ADJUST, "TEST"), ends(DISCONTINUE))),
                        gate("G6", "IMPLEMENTATION", List.of(to(SCALE_UP, "SPREAD"), ends(HAND_OVER),
                                ends(DISCONTINUE)))),
                "NEED",
                Set.of(),
                false);
    }

    private static PhaseDefinition phase(String code, PhaseStage stage) {
        return new PhaseDefinition(code, code, stage, Set.of());
    }

    private static GateDefinition gate(String code, String fromPhase, List<Transition> transitions) {
        return new GateDefinition(code, "Gate " + code, fromPhase, transitions);
    }

    private static Transition to(GateOutcome outcome, String toPhase) {
        return new Transition(outcome, toPhase);
    }

    private static Transition ends(GateOutcome outcome) {
        return new Transition(outcome, null);
    }

    private static List<Transition> proceedAdjustDiscontinue(String from, String next) {
        return List.of(to(PROCEED, next), to(ADJUST, from), ends(DISCONTINUE));
    }
}
