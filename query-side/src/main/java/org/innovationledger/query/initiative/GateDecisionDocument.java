package org.innovationledger.query.initiative;

import org.innovationledger.kernel.initiative.GateDecisionLog;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.initiative.PartyPosition;
import org.innovationledger.kernel.initiative.StrategicDecision;
import org.innovationledger.kernel.process.GateOutcome;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;
import java.util.List;

/**
 * One gate decision in the log; {@code decidedOn} is an ISO date, so text order is date order. A retraction
 * marks it ({@code retracted}, the retraction's reason and global position) and never removes it; the marks are
 * null in documents written before retractions existed.
 */
@Document(GateDecisionDocument.COLLECTION)
record GateDecisionDocument(@Id String decisionId,
                            @Indexed String tenant,
                            String initiativeId,
                            String initiativeTitle,
                            String gate,
                            GateOutcome outcome,
                            String fromPhase,
                            String toPhase,
                            String decisionBody,
                            List<PartyPosition> partyPositions,
                            String rationale,
                            List<String> evidenceRefs,
                            String decidedOn,
                            StrategicDecision strategicDecision,
                            String principal,
                            String documentRef,
                            String reason,
                            long position,
                            Boolean retracted,
                            String retractionReason,
                            Long retractedAt) {

    static final String COLLECTION = "gate_decisions";

    GateDecisionLog.Entry toEntry() {
        return new GateDecisionLog.Entry(decisionId, InitiativeId.of(initiativeId), initiativeTitle, gate, outcome,
                fromPhase, toPhase, decisionBody, partyPositions, rationale, evidenceRefs, LocalDate.parse(decidedOn),
                strategicDecision != null, strategicDecision, principal, documentRef, reason, position,
                isRetracted(), retractionReason);
    }

    boolean isRetracted() {
        return Boolean.TRUE.equals(retracted);
    }

    GateDecisionDocument retract(String reason, long at) {
        return new GateDecisionDocument(decisionId, tenant, initiativeId, initiativeTitle, gate, outcome, fromPhase,
                toPhase, decisionBody, partyPositions, rationale, evidenceRefs, decidedOn, strategicDecision, principal,
                documentRef, this.reason, position, true, reason, at);
    }
}
