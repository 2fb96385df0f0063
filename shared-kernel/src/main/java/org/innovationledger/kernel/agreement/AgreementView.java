package org.innovationledger.kernel.agreement;

import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.partner.PartnerId;
import org.innovationledger.kernel.value.ValueModelRef;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An agreement as the read side knows it: its content as last drafted or amended, the parties named as they are
 * called today, signatures, decision points, amendments and how it ended.
 *
 * @param nextFollowUp the first follow-up date on or after today; null when none is left or the agreement ended
 * @param inForceSince the date of the last signature, null until every party signed
 * @param draftedAt    when the agreement was drafted (event time)
 * @param version      the aggregate version (use as ETag / If-Match)
 * @param position     global event position this view reflects
 */
public record AgreementView(AgreementId agreementId,
                            TenantId tenant,
                            String title,
                            AgreementType type,
                            AgreementStatus status,
                            InitiativeId initiativeId,
                            ValueModelRef valueModel,
                            List<Party> parties,
                            AgreementTerms terms,
                            List<FollowUpDate> followUps,
                            LocalDate nextFollowUp,
                            List<Milestone> milestones,
                            List<DecisionPoint> decisionPoints,
                            LocalDate validFrom,
                            LocalDate validUntil,
                            String expectedResults,
                            LocalDate inForceSince,
                            List<Amendment> amendments,
                            Termination termination,
                            Instant draftedAt,
                            long version,
                            long position) {

    /**
     * A party: {@code party} is its id (the unit's or the partner's, as signatures and positions name it), exactly
     * one of unitId and partnerId is set, {@code name} is the name it carries today.
     */
    public record Party(String party, OrganisationUnitId unitId, PartnerId partnerId, String name, String role,
                        Signature signature) {
    }

    /** Who signed for a party, and when; null on a party that has not signed. */
    public record Signature(String signatory, LocalDate signedOn) {
    }

    public record DecisionPoint(String milestoneId, List<PartyAgreementPosition> positions,
                                AgreementPosition outcome, LocalDate decidedOn, String rationale) {
    }

    /** An amendment with the reference to the document all parties signed. */
    public record Amendment(String amendmentId, String summary, String documentRef, Instant recordedAt) {
    }

    /** How an agreement was ended; {@code milestoneId} names the decision point where it was, if any. */
    public record Termination(List<String> endedBy, String reason, LocalDate terminatedOn, String milestoneId) {
    }
}
