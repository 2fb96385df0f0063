package org.innovationledger.kernel.initiative;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Texts;

/**
 * Corrects a wrongly recorded gate decision by a compensating event: the decision stays on record, marked as
 * retracted, and the initiative returns to the phase the decision was taken in. Only the latest decision that
 * has not been retracted may be retracted.
 */
public record RetractGateDecision(@TargetAggregateIdentifier InitiativeId initiativeId,
                                  String decisionId,
                                  String reason,
                                  Long expectedVersion) {

    public RetractGateDecision {
        Texts.present(initiativeId, "initiativeId is required");
        decisionId = Texts.required(decisionId, "decisionId", 200);
        reason = Texts.required(reason, "reason", 10_000);
    }
}
