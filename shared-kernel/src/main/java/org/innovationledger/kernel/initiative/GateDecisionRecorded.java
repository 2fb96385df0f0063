package org.innovationledger.kernel.initiative;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.innovationledger.kernel.process.GateOutcome;

/** A gate decision moved the initiative from one phase to another, kept it (ADJUST) or ended it (toPhase null). */
@Revision("1")
public record GateDecisionRecorded(InitiativeId initiativeId,
                                   String decisionId,
                                   String gate,
                                   GateOutcome outcome,
                                   String fromPhase,
                                   String toPhase,
                                   String decisionBody,
                                   List<PartyPosition> partyPositions,
                                   String rationale,
                                   List<String> evidenceRefs,
                                   LocalDate decidedOn,
                                   StrategicDecision strategicDecision) {
}
