package org.innovationledger.query.initiative;

import org.innovationledger.kernel.initiative.GateDecisionRecorded;
import org.innovationledger.kernel.initiative.InitiativeClosed;
import org.innovationledger.kernel.initiative.InitiativeStatus;
import org.innovationledger.kernel.process.GateOutcome;
import org.innovationledger.kernel.process.PhaseDefinition;
import org.innovationledger.kernel.process.PhaseStage;

import java.util.Optional;

/**
 * Where an initiative stands: its phase (with the name and stage its model gives it, resolved when the
 * initiative entered it: model versions never change), status, and the decision and closing dates.
 */
record InitiativeProgress(String phase,
                          String phaseName,
                          PhaseStage stage,
                          InitiativeStatus status,
                          GateOutcome endingOutcome,
                          String lastDecisionOn,
                          String finalEvaluation,
                          String closedOn) {

    static InitiativeProgress startedIn(String phase, Optional<PhaseDefinition> definition) {
        return new InitiativeProgress(phase, definition.map(PhaseDefinition::name).orElse(null),
                definition.map(PhaseDefinition::stage).orElse(null), InitiativeStatus.OPEN, null, null, null, null);
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
        if (decision.toPhase() == null) {
            PhaseStage ended = decision.outcome() == GateOutcome.DISCONTINUE ? null : PhaseStage.HANDED_ON;
            return new InitiativeProgress(null, null, ended,
                    status == InitiativeStatus.CLOSED ? status : InitiativeStatus.ENDED_BY_DECISION,
                    decision.outcome(), last, finalEvaluation, closedOn);
        }
        return new InitiativeProgress(decision.toPhase(), next.map(PhaseDefinition::name).orElse(null),
                next.map(PhaseDefinition::stage).orElse(null), nextStatus, null, last, finalEvaluation, closedOn);
    }

    /** Closing keeps the phase it was in: the portfolio can still tell how far it got. */
    InitiativeProgress closed(InitiativeClosed event) {
        return new InitiativeProgress(phase, phaseName, stage, InitiativeStatus.CLOSED, endingOutcome, lastDecisionOn,
                event.finalEvaluation(), event.closedOn().toString());
    }
}
