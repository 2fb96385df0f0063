package org.innovationledger.command.process;

import org.innovationledger.kernel.process.CaseType;
import org.innovationledger.kernel.process.EntryRequirement;
import org.innovationledger.kernel.process.GateDefinition;
import org.innovationledger.kernel.process.GateOutcome;
import org.innovationledger.kernel.process.PhaseDefinition;
import org.innovationledger.kernel.process.PhaseStage;
import org.innovationledger.kernel.process.ProcessModelDefinition;

import java.util.List;
import java.util.Set;

/**
 * A process model definition as the API takes it. Kept apart from the contract's records so that their checks
 * run after binding and answer 400 with their own message, not as unreadable JSON.
 */
final class DefinitionBody {

    private DefinitionBody() {
    }

    record Phase(String code, String name, PhaseStage stage, Set<EntryRequirement> entryRequirements) {
    }

    record Gate(String code, String name, String fromPhase, List<Transition> transitions) {
    }

    /** {@code toPhase} absent: the outcome ends the initiative or hands it on out of the model. */
    record Transition(GateOutcome outcome, String toPhase) {
    }

    static ProcessModelDefinition definition(String name, String source, List<Phase> phases, List<Gate> gates,
                                             String startPhase, Set<CaseType> excludedCaseTypes,
                                             boolean partnership) {
        return new ProcessModelDefinition(name, source,
                phases == null ? null : phases.stream().map(DefinitionBody::phase).toList(),
                gates == null ? null : gates.stream().map(DefinitionBody::gate).toList(),
                startPhase, excludedCaseTypes, partnership);
    }

    private static PhaseDefinition phase(Phase phase) {
        if (phase == null) {
            throw new IllegalArgumentException("phases must not contain null");
        }
        return new PhaseDefinition(phase.code(), phase.name(), phase.stage(), phase.entryRequirements());
    }

    private static GateDefinition gate(Gate gate) {
        if (gate == null) {
            throw new IllegalArgumentException("gates must not contain null");
        }
        List<GateDefinition.Transition> transitions = gate.transitions() == null ? null : gate.transitions().stream()
                .map(t -> {
                    if (t == null || t.outcome() == null) {
                        throw new IllegalArgumentException(
                                "gate " + gate.code() + ": every transition needs an outcome");
                    }
                    return new GateDefinition.Transition(t.outcome(), t.toPhase());
                })
                .toList();
        return new GateDefinition(gate.code(), gate.name(), gate.fromPhase(), transitions);
    }
}
