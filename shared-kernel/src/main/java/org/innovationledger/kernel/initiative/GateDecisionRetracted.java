package org.innovationledger.kernel.initiative;

import org.axonframework.serialization.Revision;

/**
 * A gate decision was retracted as wrongly recorded; the initiative is back in {@code restoredPhase}, the phase
 * the decision was taken in (reopened if the decision had ended it). The reason is in the metadata.
 */
@Revision("1")
public record GateDecisionRetracted(InitiativeId initiativeId,
                                    String decisionId,
                                    String restoredPhase) {
}
