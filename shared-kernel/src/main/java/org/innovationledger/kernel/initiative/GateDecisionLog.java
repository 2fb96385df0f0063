package org.innovationledger.kernel.initiative;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.process.GateOutcome;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of the tenant's gate decisions, newest first (by decision date, then by recording order).
 *
 * @param total    decisions matching the filters, on all pages
 * @param position highest global event position reflected by the decisions matching the filters (their recording
 *                 or retraction)
 */
public record GateDecisionLog(TenantId tenant, List<Entry> entries, int page, int size, long total, long position) {

    /**
     * One decision as recorded.
     *
     * @param toPhase           the phase it led to; null when it ended the initiative
     * @param strategic         one party went ahead by a strategic decision
     * @param strategicDecision who took it and the non-economic values relied on; null when not strategic
     * @param principal         metadata: who recorded it
     * @param documentRef       metadata: the minutes or diary number, may be null
     * @param reason            metadata: why it was recorded, may be null
     * @param position          global position of the event that recorded it
     * @param retracted         the decision was retracted as wrongly recorded: it stays on record, not in force
     * @param retractionReason  metadata of the retraction: why it was retracted; null when not retracted
     */
    public record Entry(String decisionId,
                        InitiativeId initiativeId,
                        String initiativeTitle,
                        String gate,
                        GateOutcome outcome,
                        String fromPhase,
                        String toPhase,
                        String decisionBody,
                        List<PartyPosition> partyPositions,
                        String rationale,
                        List<String> evidenceRefs,
                        LocalDate decidedOn,
                        boolean strategic,
                        StrategicDecision strategicDecision,
                        String principal,
                        String documentRef,
                        String reason,
                        long position,
                        boolean retracted,
                        String retractionReason) {
    }
}
