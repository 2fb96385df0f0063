package org.innovationledger.query.initiative;

import org.innovationledger.kernel.initiative.GateDecisionRecorded;
import org.innovationledger.kernel.initiative.GateDecisionRetracted;
import org.innovationledger.kernel.initiative.InitiativeClosed;
import org.innovationledger.kernel.initiative.InitiativeStatus;
import org.innovationledger.kernel.process.GateOutcome;
import org.innovationledger.kernel.process.PhaseDefinition;
import org.innovationledger.kernel.process.PhaseStage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where an initiative stands: its phase (with the name and stage its model gives it, resolved when the
 * initiative entered it: model versions never change), status, and the decision and closing dates.
 *
 * @param decisionsInForce the gate decisions not retracted, to tell the last decision date after a retraction;
 *                         null in documents written before retractions existed (a replay fills it in)
 */
record InitiativeProgress(String phase,
                          String phaseName,
                          PhaseStage stage,
                          InitiativeStatus status,
                          GateOutcome endingOutcome,
                          String lastDecisionOn,
                          String finalEvaluation,
                          String closedOn,
                          List<DecisionOnRecord> decisionsInForce) {

    /** A gate decision in force and the date it was taken (ISO, so text order is date order). */
    record DecisionOnRecord(String decisionId, String decidedOn) {
    }

    static InitiativeProgress startedIn(String phase, Optional<PhaseDefinition> definition) {
        return new InitiativeProgress(phase, definition.map(PhaseDefinition::name).orElse(null),
                definition.map(PhaseDefinition::stage).orElse(null), InitiativeStatus.OPEN, null, null, null, null, List.of());
    }

    /**
     * A decision that leads nowhere ends the initiative: a discontinued one has no stage any more, one handed on
     * by a way forward (procure, hand over, refer, ...) counts as {@link PhaseStage#HANDED_ON}.
     */
    InitiativeProgress decided(GateDecisionRecorded decision, Optional<PhaseDefinition> next) {
        String decidedOn = decision.decidedOn().toString();
        // decisions may be recorded after later ones were: the last decision is the latest by date
        String last = lastDecisionOn == null || decidedOn.compareTo(lastDecisionOn) > 0 ? decidedOn : lastDecisionOn;
        InitiativeStatus nextStatus = status == InitiativeStatus.CLOSED ? status : InitiativeStatus.OPEN;
        List<DecisionOnRecord> inForce = decisionsInForce == null ? null : new ArrayList<>(decisionsInForce);
        if (inForce != null) {
            inForce.add(new DecisionOnRecord(decision.decisionId(), decidedOn));
        }
        if (decision.toPhase() == null) {
            PhaseStage ended = decision.outcome() == GateOutcome.DISCONTINUE ? null : PhaseStage.HANDED_ON;
            return new InitiativeProgress(null, null, ended,
                    status == InitiativeStatus.CLOSED ? status : InitiativeStatus.ENDED_BY_DECISION,
                    decision.outcome(), last, finalEvaluation, closedOn, inForce);
        }
        return new InitiativeProgress(decision.toPhase(), next.map(PhaseDefinition::name).orElse(null),
                next.map(PhaseDefinition::stage).orElse(null), nextStatus, null, last, finalEvaluation, closedOn, inForce);
    }

    /**
     * A retracted decision puts the initiative back in the phase it was taken in, reopened if the decision had
     * ended it; the last decision date is that of the latest decision still in force.
     */
    InitiativeProgress retracted(GateDecisionRetracted retraction, Optional<PhaseDefinition> restored) {
        List<DecisionOnRecord> inForce = decisionsInForce == null ? null : decisionsInForce.stream()
                .filter(d -> !d.decisionId().equals(retraction.decisionId())).toList();
        String last = inForce == null ? lastDecisionOn : inForce.stream().map(DecisionOnRecord::decidedOn)
                .max(Comparator.naturalOrder()).orElse(null);
        InitiativeStatus nextStatus = status == InitiativeStatus.ENDED_BY_DECISION ? InitiativeStatus.OPEN : status;
        return new InitiativeProgress(retraction.restoredPhase(), restored.map(PhaseDefinition::name).orElse(null),
                restored.map(PhaseDefinition::stage).orElse(null), nextStatus, null, last, finalEvaluation, closedOn,
                inForce);
    }

    /** Closing keeps the phase it was in: the portfolio can still tell how far it got. */
    InitiativeProgress closed(InitiativeClosed event) {
        return new InitiativeProgress(phase, phaseName, stage, InitiativeStatus.CLOSED, endingOutcome, lastDecisionOn,
                event.finalEvaluation(), event.closedOn().toString(), decisionsInForce);
    }
}
