package org.innovationledger.kernel.process;

import org.innovationledger.kernel.common.Texts;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The content of one version of a process model: phases, the gates between them and what each gate allows.
 * Checked for consistency on construction.
 *
 * @param source            where the model comes from (document and lines), or who defined it
 * @param startPhase        the phase a new initiative starts in
 * @param excludedCaseTypes case types refused at intake
 * @param partnership       decisions are joint between the partners (one party alone needs a strategic decision)
 */
public record ProcessModelDefinition(String name,
                                     String source,
                                     List<PhaseDefinition> phases,
                                     List<GateDefinition> gates,
                                     String startPhase,
                                     Set<CaseType> excludedCaseTypes,
                                     boolean partnership) {

    public ProcessModelDefinition {
        name = Texts.required(name, "model name", 200);
        source = Texts.optional(source, "model source", 2000);
        if (phases == null || phases.isEmpty()) {
            throw new IllegalArgumentException("a process model needs at least one phase");
        }
        phases = List.copyOf(phases);
        gates = gates == null ? List.of() : List.copyOf(gates);
        excludedCaseTypes = EnumSets.ordered(excludedCaseTypes, CaseType.class);
        Set<String> codes = phases.stream().map(PhaseDefinition::code).collect(Collectors.toSet());
        if (codes.size() != phases.size()) {
            throw new IllegalArgumentException("phase codes must be unique");
        }
        if (!codes.contains(startPhase)) {
            throw new IllegalArgumentException("start phase " + startPhase + " is not a phase of the model");
        }
        Set<String> gateCodes = new HashSet<>();
        for (GateDefinition gate : gates) {
            if (!gateCodes.add(gate.code())) {
                throw new IllegalArgumentException("gate codes must be unique: " + gate.code());
            }
            if (!codes.contains(gate.fromPhase())) {
                throw new IllegalArgumentException("gate " + gate.code() + " closes unknown phase " + gate.fromPhase());
            }
            for (GateDefinition.Transition t : gate.transitions()) {
                if (t.toPhase() != null && !codes.contains(t.toPhase())) {
                    throw new IllegalArgumentException("gate " + gate.code() + " leads to unknown phase " + t.toPhase());
                }
            }
        }
        Texts.present(excludedCaseTypes, "excludedCaseTypes is required");
    }

    public Optional<PhaseDefinition> phase(String code) {
        return phases.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    public Optional<GateDefinition> gate(String code) {
        return gates.stream().filter(g -> g.code().equals(code)).findFirst();
    }
}
