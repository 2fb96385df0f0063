package org.innovationledger.kernel.process;

import java.util.List;
import java.util.Set;

import static org.innovationledger.kernel.process.GateOutcome.ADJUST;
import static org.innovationledger.kernel.process.GateOutcome.DISCONTINUE;
import static org.innovationledger.kernel.process.GateOutcome.HAND_OVER;
import static org.innovationledger.kernel.process.GateOutcome.IMPLEMENT;
import static org.innovationledger.kernel.process.GateOutcome.PROCEED;
import static org.innovationledger.kernel.process.GateOutcome.REFER;
import static org.innovationledger.kernel.process.GateOutcome.SCALE_UP;
import static org.innovationledger.kernel.process.Transitions.ends;
import static org.innovationledger.kernel.process.Transitions.proceedAdjustDiscontinue;
import static org.innovationledger.kernel.process.Transitions.to;

/**
 * A plain stage-gate model for units that follow neither source process. No source document describes it: its
 * phases are the domain model's list (need, idea, pre-study, development, test, implementation, spread, closed),
 * so its names are English. "Closed" is no phase: an outcome that leads nowhere ends the initiative.
 */
final class GenericStageGateModel {

    static final ProcessModelDefinition V1 = new ProcessModelDefinition(
            "Generic stage-gate",
            "Innovation Ledger domain model (shared/domain.md, section 3, ProcessModel): need, idea, pre-study,"
                    + " development, test, implementation, spread, closed. Not taken from a source document.",
            List.of(
                    phase("NEED", "Need", PhaseStage.INTAKE),
                    phase("IDEA", "Idea", PhaseStage.EXPLORATION),
                    phase("PRE_STUDY", "Pre-study", PhaseStage.EXPLORATION),
                    phase("DEVELOPMENT", "Development", PhaseStage.ANALYSIS),
                    phase("TEST", "Test", PhaseStage.TEST),
                    phase("IMPLEMENTATION", "Implementation", PhaseStage.IMPLEMENTATION),
                    phase("SPREAD", "Spread", PhaseStage.SPREAD)),
            List.of(
                    // a need may also go elsewhere before any idea work: to another owner or another actor
                    new GateDefinition("G1", "Gate 1: from need to idea", "NEED", List.of(
                            to(PROCEED, "IDEA"), to(ADJUST, "NEED"), ends(DISCONTINUE), ends(REFER), ends(HAND_OVER))),
                    new GateDefinition("G2", "Gate 2: from idea to pre-study", "IDEA",
                            proceedAdjustDiscontinue("IDEA", "PRE_STUDY")),
                    new GateDefinition("G3", "Gate 3: from pre-study to development", "PRE_STUDY",
                            proceedAdjustDiscontinue("PRE_STUDY", "DEVELOPMENT")),
                    new GateDefinition("G4", "Gate 4: from development to test", "DEVELOPMENT",
                            proceedAdjustDiscontinue("DEVELOPMENT", "TEST")),
                    new GateDefinition("G5", "Gate 5: after the test", "TEST", List.of(
                            to(IMPLEMENT, "IMPLEMENTATION"), to(SCALE_UP, "SPREAD"), to(ADJUST, "TEST"),
                            ends(DISCONTINUE))),
                    new GateDefinition("G6", "Gate 6: after implementation", "IMPLEMENTATION", List.of(
                            to(SCALE_UP, "SPREAD"), ends(HAND_OVER), ends(DISCONTINUE)))),
            "NEED",
            Set.of(),
            false);

    private GenericStageGateModel() {
    }

    private static PhaseDefinition phase(String code, String name, PhaseStage stage) {
        return new PhaseDefinition(code, name, stage, Set.of());
    }
}
