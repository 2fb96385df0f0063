package org.innovationledger.kernel.initiative;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Dates;
import org.innovationledger.kernel.common.Texts;
import org.innovationledger.kernel.process.GateOutcome;

/** Records the decision taken at a gate of the initiative's process model; the only way to change phase. */
public record RecordGateDecision(@TargetAggregateIdentifier InitiativeId initiativeId,
                                 String gate,
                                 GateOutcome outcome,
                                 String decisionBody,
                                 List<PartyPosition> partyPositions,
                                 String rationale,
                                 List<String> evidenceRefs,
                                 LocalDate decidedOn,
                                 StrategicDecision strategicDecision,
                                 Long expectedVersion) {

    public RecordGateDecision {
        Texts.present(initiativeId, "initiativeId is required");
        gate = Texts.required(gate, "gate", 64);
        Texts.present(outcome, "outcome is required");
        decisionBody = Texts.required(decisionBody, "decisionBody", 300);
        partyPositions = partyPositions == null ? List.of() : List.copyOf(partyPositions);
        rationale = Texts.required(rationale, "rationale", 10_000);
        evidenceRefs = evidenceRefs == null ? List.of()
                : evidenceRefs.stream().map(ref -> Texts.required(ref, "evidence reference", 500)).toList();
        Texts.present(decidedOn, "decidedOn is required");
        Dates.plausible(decidedOn, "decidedOn");
    }
}
