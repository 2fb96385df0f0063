package org.innovationledger.kernel.process;

import org.innovationledger.kernel.process.GateDefinition.Transition;

import java.util.List;

/** Shorthands for writing the built-in models' gates. */
final class Transitions {

    private Transitions() {
    }

    static Transition to(GateOutcome outcome, String toPhase) {
        return new Transition(outcome, toPhase);
    }

    /** The outcome takes the case out of the model: it ends, or is handed on. */
    static Transition ends(GateOutcome outcome) {
        return new Transition(outcome, null);
    }

    /** Go on to {@code next}, rework in {@code from}, or stop. */
    static List<Transition> proceedAdjustDiscontinue(String from, String next) {
        return List.of(to(GateOutcome.PROCEED, next), to(GateOutcome.ADJUST, from), ends(GateOutcome.DISCONTINUE));
    }
}
