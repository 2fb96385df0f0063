package org.innovationledger.kernel.process;

import org.innovationledger.kernel.common.Texts;

import java.util.List;

/**
 * A decision point after a phase: the outcomes it allows and where each one leads.
 *
 * @param code      stable within the model, e.g. {@code G3}
 * @param fromPhase the phase the gate closes
 */
public record GateDefinition(String code, String name, String fromPhase, List<Transition> transitions) {

    public GateDefinition {
        Texts.identifier(code, "gate code");
        name = Texts.required(name, "gate name", 200);
        Texts.identifier(fromPhase, "gate fromPhase");
        if (transitions == null || transitions.isEmpty()) {
            throw new IllegalArgumentException("gate " + code + " must allow at least one outcome");
        }
        transitions = List.copyOf(transitions);
        if (transitions.stream().map(Transition::outcome).distinct().count() != transitions.size()) {
            throw new IllegalArgumentException("gate " + code + " lists an outcome twice");
        }
    }

    /**
     * Where an outcome leads: {@code toPhase} is the next phase; null ends the initiative (discontinued, or
     * handed on out of the model); for ADJUST it is the gate's own phase.
     */
    public record Transition(GateOutcome outcome, String toPhase) {
        public Transition {
            Texts.present(outcome, "outcome is required");
        }
    }
}
