package org.innovationledger.command.agreement;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;
import org.innovationledger.command.AggregateVersion;
import org.innovationledger.command.RuleViolationException;
import org.innovationledger.command.infra.LedgerCalendar;
import org.innovationledger.command.initiative.InitiativeDirectory;
import org.innovationledger.command.organisation.OrganisationUnitDirectory;
import org.innovationledger.command.partner.PartnerDirectory;
import org.innovationledger.command.value.ValueModelCatalogue;
import org.innovationledger.kernel.agreement.*;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.innovationledger.kernel.common.TenantId;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An agreement between the region's own units and partner organisations (partneravtal, samverkansavtal,
 * sekretessavtal, ...): drafted, signed by each party, in force once all have signed, amended while in force,
 * decided on at its milestones' decision points, and terminated (either side may end) or expired.
 *
 * <p>A draft is revised ({@link ReviseAgreementDraft}) only until the first party signs: nobody's signature may
 * end up under a text they did not sign. Once in force the agreement changes only by amendment, which all
 * parties sign on paper. A draft some parties signed cannot change: should its text be wrong, the parties start a
 * new draft.
 */
@Aggregate
public class Agreement {

    @AggregateIdentifier
    private String agreementId;
    private TenantId tenant;
    private AgreementStatus status;
    /** The parties by their unit or partner id, in the order drafted. */
    private final Map<String, AgreementParty> parties = new LinkedHashMap<>();
    private final Map<String, LocalDate> signatures = new HashMap<>();
    private LocalDate validFrom;
    private LocalDate validUntil;
    private List<FollowUpDate> followUps = List.of();
    private final Map<String, Milestone> milestones = new LinkedHashMap<>();
    private final Set<String> decidedMilestones = new HashSet<>();
    private final Set<String> amendmentIds = new HashSet<>();
    private LocalDate inForceSince;

    protected Agreement() {
        // for Axon: rebuilt from its events
    }

    /** The command's result is the new agreement's id. */
    @CommandHandler
    public Agreement(DraftAgreement command, @MetaDataValue(LedgerMetadata.TENANT) String tenant,
                     OrganisationUnitDirectory units, PartnerDirectory partners, InitiativeDirectory initiatives,
                     ValueModelCatalogue valueModels, AgreementIds ids) {
        TenantId owner = TenantId.of(tenant);
        AgreementRules.requireInitiativeInTenant(command.initiativeId(), owner, initiatives);
        AgreementRules.requireAcceptableContent(command.content(), owner, units, partners, valueModels);
        AgreementId id = command.initiativeId() == null ? AgreementId.generate() : ids.nextFor(command.initiativeId());
        apply(new AgreementDrafted(id, owner, command.initiativeId(), command.content()));
    }

    @CommandHandler
    public long handle(ReviseAgreementDraft command, @MetaDataValue(LedgerMetadata.TENANT) String caller,
                       OrganisationUnitDirectory units, PartnerDirectory partners, ValueModelCatalogue valueModels) {
        requireSameTenant(caller);
        AggregateVersion.require(command.expectedVersion());
        requireNotEnded();
        requireNobodySignedYet();
        AgreementRules.requireAcceptableContent(command.content(), tenant, units, partners, valueModels);
        apply(new AgreementDraftRevised(command.agreementId(), command.content()));
        return AggregateLifecycle.getVersion();
    }

    /** The last signature puts the agreement in force, in the same command. */
    @CommandHandler
    public long handle(SignAgreement command, @MetaDataValue(LedgerMetadata.TENANT) String caller,
                       LedgerCalendar calendar) {
        requireSameTenant(caller);
        AggregateVersion.require(command.expectedVersion());
        requireNotEnded();
        requireParty(command.party());
        requireNotSignedBy(command.party());
        requireSignatureDate(command.signedOn(), calendar.today());
        apply(new AgreementSignedByParty(command.agreementId(), command.party(), command.signatory(),
                command.signedOn()));
        if (signatures.keySet().containsAll(parties.keySet())) {
            apply(new AgreementInForce(command.agreementId(),
                    signatures.values().stream().max(Comparator.naturalOrder()).orElseThrow()));
        }
        return AggregateLifecycle.getVersion();
    }

    /**
     * An amendment is signed on paper by all parties, like the agreement; the ledger records it with the reference
     * to that signed document (the command's document reference, required here) rather than collecting the
     * signatures again.
     */
    @CommandHandler
    public long handle(AmendAgreement command, @MetaDataValue(LedgerMetadata.TENANT) String caller,
                       @MetaDataValue(LedgerMetadata.DOCUMENT_REF) String documentRef,
                       ValueModelCatalogue valueModels) {
        requireSameTenant(caller);
        AggregateVersion.require(command.expectedVersion());
        requireInForce("amended");
        requireSignedAmendmentDocument(documentRef);
        requireNewAmendmentId(command.amendmentId());
        AgreementRules.requireValueModelInTenant(command.valueModel(), tenant, valueModels);
        LocalDate until = command.validUntil() != null ? command.validUntil() : validUntil;
        AgreementRules.requireValidity(validFrom, until);
        AgreementRules.requireFollowUps(command.followUps() != null ? command.followUps() : followUps,
                validFrom, until);
        AgreementRules.requireMilestones(command.milestones() != null ? command.milestones()
                : List.copyOf(milestones.values()), validFrom, until);
        apply(new AgreementAmended(command.agreementId(), command.amendmentId(), command.summary(), command.terms(),
                command.followUps(), command.milestones(), command.valueModel(), command.validUntil(),
                command.expectedResults()));
        return AggregateLifecycle.getVersion();
    }

    /** Decisions are joint, but either side may end: one END terminates the agreement in the same command. */
    @CommandHandler
    public long handle(RecordAgreementDecisionPoint command, @MetaDataValue(LedgerMetadata.TENANT) String caller) {
        requireSameTenant(caller);
        AggregateVersion.require(command.expectedVersion());
        requireInForce("decided on at a decision point");
        requireKnownMilestone(command.milestoneId());
        requireNoDecisionYetAt(command.milestoneId());
        requirePositionOfEveryParty(command.positions());
        requireNotBeforeInForce(command.decidedOn(), "decided on");
        List<String> ending = command.positions().stream().filter(p -> p.position() == AgreementPosition.END)
                .map(PartyAgreementPosition::party).toList();
        AgreementPosition outcome = !ending.isEmpty() ? AgreementPosition.END
                : command.positions().stream().anyMatch(p -> p.position() == AgreementPosition.RE_EVALUATE)
                ? AgreementPosition.RE_EVALUATE : AgreementPosition.CONTINUE;
        apply(new AgreementDecisionPointRecorded(command.agreementId(), command.milestoneId(), command.positions(),
                outcome, command.decidedOn(), command.rationale()));
        if (outcome == AgreementPosition.END) {
            apply(new AgreementTerminated(command.agreementId(), ending, "ended at the decision point of milestone "
                    + command.milestoneId() + " by " + String.join(", ", ending)
                    + (command.rationale() == null ? "" : ": " + command.rationale()),
                    command.decidedOn(), command.milestoneId()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(TerminateAgreement command, @MetaDataValue(LedgerMetadata.TENANT) String caller) {
        requireSameTenant(caller);
        AggregateVersion.require(command.expectedVersion());
        requireInForce("terminated");
        command.endedBy().forEach(this::requireParty);
        requireNotBeforeInForce(command.terminatedOn(), "terminated");
        apply(new AgreementTerminated(command.agreementId(), command.endedBy(), command.reason(),
                command.terminatedOn(), null));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(RecordAgreementExpiry command, @MetaDataValue(LedgerMetadata.TENANT) String caller,
                       LedgerCalendar calendar) {
        requireSameTenant(caller);
        AggregateVersion.require(command.expectedVersion());
        requireInForce("recorded as expired");
        requireValidityOver(calendar.today());
        apply(new AgreementExpired(command.agreementId(), validUntil));
        return AggregateLifecycle.getVersion();
    }

    /** A negotiation may end without an agreement: a draft, signed by some parties or none, is withdrawn. */
    @CommandHandler
    public long handle(WithdrawAgreementDraft command, @MetaDataValue(LedgerMetadata.TENANT) String caller) {
        requireSameTenant(caller);
        AggregateVersion.require(command.expectedVersion());
        if (status != AgreementStatus.DRAFT) {
            throw new RuleViolationException("AGREEMENT_NOT_A_DRAFT", "agreement " + agreementId + " is "
                    + status.name().toLowerCase() + ": only a draft is withdrawn; terminate an agreement in force");
        }
        apply(new AgreementDraftWithdrawn(command.agreementId(), command.withdrawnOn()));
        return AggregateLifecycle.getVersion();
    }

    private void requireSameTenant(String callerTenant) {
        if (!tenant.value().equals(callerTenant)) {
            throw RuleViolationException.unknown("agreement", agreementId);
        }
    }

    private void requireNobodySignedYet() {
        if (!signatures.isEmpty()) {
            throw new RuleViolationException("AGREEMENT_DRAFT_LOCKED", "agreement " + agreementId + " has been signed"
                    + " by " + String.join(", ", signatures.keySet()) + ": a signed text is never changed"
                    + (status == AgreementStatus.IN_FORCE ? "; amend the agreement in force instead" : ""));
        }
    }

    private void requireNotEnded() {
        if (status == AgreementStatus.TERMINATED || status == AgreementStatus.EXPIRED
                || status == AgreementStatus.WITHDRAWN) {
            throw new RuleViolationException("AGREEMENT_ENDED", "agreement " + agreementId + " is "
                    + status.name().toLowerCase() + ": it can no longer be signed or revised");
        }
    }

    private void requireParty(String party) {
        if (!parties.containsKey(party)) {
            throw new RuleViolationException("PARTY_UNKNOWN", party + " is not a party to agreement " + agreementId
                    + "; its parties are " + String.join(", ", parties.keySet()));
        }
    }

    private void requireNotSignedBy(String party) {
        if (signatures.containsKey(party)) {
            throw new RuleViolationException("PARTY_ALREADY_SIGNED", party + " signed agreement " + agreementId
                    + " on " + signatures.get(party));
        }
    }

    /** A signature is dated today or earlier, and not after the agreement's last day of validity. */
    private void requireSignatureDate(LocalDate signedOn, LocalDate today) {
        if (signedOn.isAfter(today)) {
            throw new RuleViolationException("SIGNATURE_DATE_IN_FUTURE", "a signature dated " + signedOn
                    + " lies in the future (today is " + today + ")");
        }
        if (validUntil != null && signedOn.isAfter(validUntil)) {
            throw new RuleViolationException("SIGNED_AFTER_VALIDITY", "agreement " + agreementId + " is valid until "
                    + validUntil + ": it cannot be signed on " + signedOn);
        }
    }

    private void requireInForce(String what) {
        if (status != AgreementStatus.IN_FORCE) {
            throw new RuleViolationException("AGREEMENT_NOT_IN_FORCE", "agreement " + agreementId + " is "
                    + status + ": it can be " + what + " only while in force");
        }
    }

    private static void requireSignedAmendmentDocument(String documentRef) {
        if (documentRef == null || documentRef.isBlank()) {
            throw new RuleViolationException("AMENDMENT_DOCUMENT_MISSING", "an amendment is signed by all parties:"
                    + " give the signed amendment's document reference (documentRef)");
        }
    }

    private void requireNewAmendmentId(String amendmentId) {
        if (amendmentIds.contains(amendmentId)) {
            throw new RuleViolationException("AMENDMENT_ID_TAKEN", "agreement " + agreementId
                    + " already has an amendment " + amendmentId);
        }
    }

    private void requireKnownMilestone(String milestoneId) {
        if (!milestones.containsKey(milestoneId)) {
            throw new RuleViolationException("MILESTONE_UNKNOWN", "agreement " + agreementId + " has no milestone "
                    + milestoneId + (milestones.isEmpty() ? "" : "; its milestones are "
                    + String.join(", ", milestones.keySet())));
        }
    }

    private void requireNoDecisionYetAt(String milestoneId) {
        if (decidedMilestones.contains(milestoneId)) {
            throw new RuleViolationException("DECISION_POINT_ALREADY_RECORDED", "the parties already decided at"
                    + " milestone " + milestoneId);
        }
    }

    /** A decision point is joint: every party states its position, and only parties do. */
    private void requirePositionOfEveryParty(Collection<PartyAgreementPosition> positions) {
        Set<String> named = new HashSet<>();
        for (PartyAgreementPosition position : positions) {
            requireParty(position.party());
            named.add(position.party());
        }
        Set<String> missing = new HashSet<>(parties.keySet());
        missing.removeAll(named);
        if (!missing.isEmpty()) {
            throw new RuleViolationException("POSITIONS_INCOMPLETE", "decisions at a decision point are joint: the"
                    + " position of " + String.join(", ", missing.stream().sorted().toList()) + " is missing");
        }
    }

    private void requireNotBeforeInForce(LocalDate date, String what) {
        if (date.isBefore(inForceSince)) {
            throw new RuleViolationException("DATE_BEFORE_IN_FORCE", "agreement " + agreementId + " is in force since "
                    + inForceSince + ": it cannot be " + what + " on " + date);
        }
    }

    private void requireValidityOver(LocalDate today) {
        if (validUntil == null) {
            throw new RuleViolationException("AGREEMENT_OPEN_ENDED", "agreement " + agreementId
                    + " has no end of validity: it does not expire, it is terminated");
        }
        if (!today.isAfter(validUntil)) {
            throw new RuleViolationException("VALIDITY_NOT_OVER", "agreement " + agreementId + " is valid until "
                    + validUntil + " inclusive (today is " + today + ")");
        }
    }

    @EventSourcingHandler
    void on(AgreementDrafted event) {
        agreementId = event.agreementId().value();
        tenant = event.tenant();
        status = AgreementStatus.DRAFT;
        take(event.content());
    }

    @EventSourcingHandler
    void on(AgreementDraftRevised event) {
        take(event.content());
    }

    private void take(AgreementContent content) {
        parties.clear();
        content.parties().forEach(party -> parties.put(party.party(), party));
        validFrom = content.validFrom();
        validUntil = content.validUntil();
        followUps = content.followUps();
        milestones.clear();
        content.milestones().forEach(milestone -> milestones.put(milestone.id(), milestone));
    }

    @EventSourcingHandler
    void on(AgreementSignedByParty event) {
        signatures.put(event.party(), event.signedOn());
    }

    @EventSourcingHandler
    void on(AgreementInForce event) {
        status = AgreementStatus.IN_FORCE;
        inForceSince = event.signedOn();
    }

    @EventSourcingHandler
    void on(AgreementAmended event) {
        amendmentIds.add(event.amendmentId());
        if (event.followUps() != null) {
            followUps = event.followUps();
        }
        if (event.milestones() != null) {
            milestones.clear();
            event.milestones().forEach(milestone -> milestones.put(milestone.id(), milestone));
        }
        if (event.validUntil() != null) {
            validUntil = event.validUntil();
        }
    }

    @EventSourcingHandler
    void on(AgreementDecisionPointRecorded event) {
        decidedMilestones.add(event.milestoneId());
    }

    @EventSourcingHandler
    void on(AgreementTerminated event) {
        status = AgreementStatus.TERMINATED;
    }

    @EventSourcingHandler
    void on(AgreementExpired event) {
        status = AgreementStatus.EXPIRED;
    }

    @EventSourcingHandler
    void on(AgreementDraftWithdrawn event) {
        status = AgreementStatus.WITHDRAWN;
    }
}
