package org.innovationledger.query.ui.initiative;

import org.innovationledger.kernel.process.GateDefinition;
import org.innovationledger.kernel.process.GateOutcome;
import org.innovationledger.kernel.process.PhaseDefinition;
import org.innovationledger.kernel.process.ProcessModelDefinition;

import java.util.List;

/**
 * A gate the initiative stands at, with the outcomes its process model allows there: the only ones the gate
 * decision form offers (the aggregate refuses others with GATE_NOT_CURRENT or OUTCOME_NOT_ALLOWED).
 */
record GateChoice(String code, String name, List<Option> options) {

    /** An allowed outcome and the phase it leads to, by its name in the model (null: it ends or hands it on). */
    record Option(GateOutcome outcome, String toPhase, String toPhaseName) {
    }

    /** The gates that close {@code phase} in the model; none once the initiative has left its model or ended. */
    static List<GateChoice> at(ProcessModelDefinition model, String phase) {
        if (model == null || phase == null) {
            return List.of();
        }
        return model.gates().stream().filter(gate -> gate.fromPhase().equals(phase)).map(gate -> of(model, gate)).toList();
    }

    private static GateChoice of(ProcessModelDefinition model, GateDefinition gate) {
        return new GateChoice(gate.code(), gate.name(), gate.transitions().stream()
                .map(t -> new Option(t.outcome(), t.toPhase(), t.toPhase() == null ? null
                        : model.phase(t.toPhase()).map(PhaseDefinition::name).orElse(t.toPhase()))).toList());
    }
}
