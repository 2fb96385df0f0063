package org.innovationledger.query.agreement;

import org.innovationledger.kernel.agreement.AgreementContent;
import org.innovationledger.kernel.agreement.AgreementId;
import org.innovationledger.kernel.agreement.AgreementParty;
import org.innovationledger.kernel.agreement.AgreementPosition;
import org.innovationledger.kernel.agreement.AgreementStatus;
import org.innovationledger.kernel.agreement.AgreementTerms;
import org.innovationledger.kernel.agreement.AgreementType;
import org.innovationledger.kernel.agreement.AgreementView;
import org.innovationledger.kernel.agreement.FollowUpDate;
import org.innovationledger.kernel.agreement.Milestone;
import org.innovationledger.kernel.agreement.PartyAgreementPosition;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.partner.PartnerId;
import org.innovationledger.kernel.value.ValueModelId;
import org.innovationledger.kernel.value.ValueModelRef;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One agreement in the register. Dates are ISO text (ordered like the calendar within four-digit years, which the
 * contract guarantees), so the store can filter on the end of validity; {@code partnerIds} sits beside the parties
 * so the store can find a partner's agreements. {@code version} is the agreement's last event sequence number
 * applied, {@code position} the global position of the last event applied.
 */
@Document(AgreementDocument.COLLECTION)
record AgreementDocument(@Id String id,
                         @Indexed String tenant,
                         String title,
                         AgreementType type,
                         AgreementStatus status,
                         String initiativeId,
                         String valueModelId,
                         Integer valueModelVersion,
                         List<PartyEntry> parties,
                         List<String> partnerIds,
                         AgreementTerms terms,
                         List<FollowUpEntry> followUps,
                         List<MilestoneEntry> milestones,
                         List<DecisionEntry> decisionPoints,
                         String validFrom,
                         String validUntil,
                         String expectedResults,
                         String inForceSince,
                         List<AmendmentEntry> amendments,
                         TerminationEntry termination,
                         String draftedAt,
                         long version,
                         long position) {

    static final String COLLECTION = "agreements";

    record PartyEntry(String party, String unitId, String partnerId, String role, String signatory, String signedOn) {

        static PartyEntry of(AgreementParty party) {
            return new PartyEntry(party.party(), party.unitId() == null ? null : party.unitId().value(),
                    party.partnerId() == null ? null : party.partnerId().value(), party.role(), null, null);
        }

        PartyEntry signed(String by, LocalDate on) {
            return new PartyEntry(party, unitId, partnerId, role, by, on.toString());
        }
    }

    record FollowUpEntry(String id, String date) {

        static List<FollowUpEntry> of(List<FollowUpDate> followUps) {
            return followUps.stream().map(f -> new FollowUpEntry(f.id(), f.date().toString())).toList();
        }
    }

    record MilestoneEntry(String id, String date, String description) {

        static List<MilestoneEntry> of(List<Milestone> milestones) {
            return milestones.stream().map(m -> new MilestoneEntry(m.id(), m.date().toString(), m.description()))
                    .toList();
        }
    }

    record DecisionEntry(String milestoneId, List<PartyAgreementPosition> positions, AgreementPosition outcome,
                         String decidedOn, String rationale) {
    }

    record AmendmentEntry(String amendmentId, String summary, String documentRef, String recordedAt) {
    }

    record TerminationEntry(List<String> endedBy, String reason, String terminatedOn, String milestoneId) {
    }

    /** A new document for a drafted agreement. */
    static AgreementDocument drafted(String id, String tenant, InitiativeId initiativeId, AgreementContent content,
                                     Instant draftedAt, long version, long position) {
        return new AgreementDocument(id, tenant, content.title(), content.type(), AgreementStatus.DRAFT,
                initiativeId == null ? null : initiativeId.value(),
                content.valueModel() == null ? null : content.valueModel().id().value(),
                content.valueModel() == null ? null : content.valueModel().version(),
                content.parties().stream().map(PartyEntry::of).toList(), partnerIds(content.parties()),
                content.terms(), FollowUpEntry.of(content.followUps()), MilestoneEntry.of(content.milestones()),
                List.of(), content.validFrom().toString(), iso(content.validUntil()), content.expectedResults(), null,
                List.of(), null, draftedAt.toString(), version, position);
    }

    static List<String> partnerIds(List<AgreementParty> parties) {
        return parties.stream().filter(p -> p.partnerId() != null).map(p -> p.partnerId().value()).toList();
    }

    static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /**
     * The view as of {@code today}: parties named by the names they carry today ({@code namesToday}, by party id;
     * the id where no name is known), and the next follow-up on or after today (none once the agreement ended).
     */
    AgreementView toView(LocalDate today, Map<String, String> namesToday) {
        List<FollowUpDate> schedule = followUps.stream()
                .map(f -> new FollowUpDate(f.id(), LocalDate.parse(f.date()))).toList();
        boolean ended = status == AgreementStatus.TERMINATED || status == AgreementStatus.EXPIRED;
        LocalDate nextFollowUp = ended ? null : schedule.stream().map(FollowUpDate::date)
                .filter(date -> !date.isBefore(today)).min(LocalDate::compareTo).orElse(null);
        return new AgreementView(AgreementId.of(id), TenantId.of(tenant), title, type, status,
                initiativeId == null ? null : InitiativeId.of(initiativeId),
                valueModelId == null ? null : new ValueModelRef(ValueModelId.of(valueModelId), valueModelVersion),
                parties.stream().map(p -> new AgreementView.Party(p.party(),
                        p.unitId() == null ? null : OrganisationUnitId.of(p.unitId()),
                        p.partnerId() == null ? null : PartnerId.of(p.partnerId()),
                        namesToday.getOrDefault(p.party(), p.party()), p.role(),
                        p.signatory() == null ? null
                                : new AgreementView.Signature(p.signatory(), LocalDate.parse(p.signedOn())))).toList(),
                terms, schedule, nextFollowUp,
                milestones.stream().map(m -> new Milestone(m.id(), LocalDate.parse(m.date()), m.description())).toList(),
                decisionPoints.stream().map(d -> new AgreementView.DecisionPoint(d.milestoneId(), d.positions(),
                        d.outcome(), LocalDate.parse(d.decidedOn()), d.rationale())).toList(),
                LocalDate.parse(validFrom), validUntil == null ? null : LocalDate.parse(validUntil), expectedResults,
                inForceSince == null ? null : LocalDate.parse(inForceSince),
                amendments.stream().map(a -> new AgreementView.Amendment(a.amendmentId(), a.summary(),
                        a.documentRef(), Instant.parse(a.recordedAt()))).toList(),
                termination == null ? null : new AgreementView.Termination(termination.endedBy(), termination.reason(),
                        LocalDate.parse(termination.terminatedOn()), termination.milestoneId()),
                Instant.parse(draftedAt), version, position);
    }
}
