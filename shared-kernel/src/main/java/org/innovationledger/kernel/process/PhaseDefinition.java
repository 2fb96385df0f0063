package org.innovationledger.kernel.process;

import org.innovationledger.kernel.common.Texts;

import java.util.Set;

/**
 * One phase of a process model.
 *
 * @param code               stable within the model, e.g. {@code STEG_4}
 * @param name               as the source names it, e.g. "Test och uppföljning"
 * @param stage              what the phase means across models
 * @param entryRequirements  what must be on record before an initiative enters it
 */
public record PhaseDefinition(String code, String name, PhaseStage stage, Set<EntryRequirement> entryRequirements) {

    public PhaseDefinition {
        Texts.identifier(code, "phase code");
        name = Texts.required(name, "phase name", 200);
        Texts.present(stage, "phase stage is required");
        entryRequirements = EnumSets.ordered(entryRequirements, EntryRequirement.class);
    }
}
