package org.innovationledger.command.agreement;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.innovationledger.command.initiative.PartnerAgreements;
import org.innovationledger.kernel.agreement.AgreementAmended;
import org.innovationledger.kernel.agreement.AgreementDraftRevised;
import org.innovationledger.kernel.agreement.AgreementDraftWithdrawn;
import org.innovationledger.kernel.agreement.AgreementDrafted;
import org.innovationledger.kernel.agreement.AgreementExpired;
import org.innovationledger.kernel.agreement.AgreementId;
import org.innovationledger.kernel.agreement.AgreementInForce;
import org.innovationledger.kernel.agreement.AgreementTerminated;
import org.innovationledger.kernel.agreement.AgreementType;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An initiative's agreements, read straight from their event streams: consistent with every acknowledged command
 * (no projection lag) and the same on the JDBC store and on Axon Server. The agreements of an initiative are
 * numbered (agreement-&lt;initiative&gt;-1, -2, ...), so finding them reads exactly those streams, in order, until the
 * first that does not exist: no scan of other aggregates' events.
 *
 * <p>For the VLL test phase an initiative needs an agreement of type PARTNER or VALUE_BASED_PAYMENT that is in
 * force (signed by every party, neither terminated nor expired) and valid on the day of the decision (from its
 * first to its last day of validity, whether or not anybody has recorded the expiry yet), with at least one
 * follow-up date agreed in advance. Judging validity on the decision's day lets a region record its history.
 */
@Component
class EventSourcedInitiativeAgreements implements AgreementIds, PartnerAgreements {

    /** A guard against a corrupt store: no initiative has anywhere near this many agreements. */
    private static final int MAX_PER_INITIATIVE = 10_000;

    private final EventStore eventStore;

    EventSourcedInitiativeAgreements(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public AgreementId nextFor(InitiativeId initiativeId) {
        for (int number = 1; number <= MAX_PER_INITIATIVE; number++) {
            AgreementId id = AgreementId.forInitiative(initiativeId, number);
            if (!eventStore.readEvents(id.value(), 0).hasNext()) {
                return id;
            }
        }
        throw new IllegalStateException("initiative " + initiativeId + " has " + MAX_PER_INITIATIVE + " agreements");
    }

    @Override
    public boolean hasSignedAgreementWithFollowUps(InitiativeId initiativeId, LocalDate on) {
        return agreementsOf(initiativeId).stream().anyMatch(agreement -> agreement.opensTestPhase(on));
    }

    /** The initiative's agreements, in the order they were drafted. */
    List<KnownAgreement> agreementsOf(InitiativeId initiativeId) {
        List<KnownAgreement> agreements = new ArrayList<>();
        for (int number = 1; number <= MAX_PER_INITIATIVE; number++) {
            DomainEventStream stream = eventStore.readEvents(AgreementId.forInitiative(initiativeId, number).value(), 0);
            if (!stream.hasNext()) {
                break;
            }
            fold(stream).filter(agreement -> initiativeId.equals(agreement.initiativeId)).ifPresent(agreements::add);
        }
        return agreements;
    }

    private static Optional<KnownAgreement> fold(DomainEventStream stream) {
        // the drafting is the first event of an agreement; another aggregate type under that id is no agreement
        if (!(stream.next().getPayload() instanceof AgreementDrafted drafted)) {
            return Optional.empty();
        }
        KnownAgreement agreement = new KnownAgreement(drafted);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            agreement.apply(event.getPayload());
        }
        return Optional.of(agreement);
    }

    /** What the test-phase rule needs to know of one agreement. */
    static final class KnownAgreement {

        private final InitiativeId initiativeId;
        private AgreementType type;
        private int followUps;
        private LocalDate validFrom;
        private LocalDate validUntil;
        private boolean inForce;
        private boolean ended;

        KnownAgreement(AgreementDrafted drafted) {
            initiativeId = drafted.initiativeId();
            type = drafted.content().type();
            followUps = drafted.content().followUps().size();
            validFrom = drafted.content().validFrom();
            validUntil = drafted.content().validUntil();
        }

        void apply(Object event) {
            if (event instanceof AgreementDraftRevised revised) {
                type = revised.content().type();
                followUps = revised.content().followUps().size();
                validFrom = revised.content().validFrom();
                validUntil = revised.content().validUntil();
            } else if (event instanceof AgreementInForce) {
                inForce = true;
            } else if (event instanceof AgreementAmended amended) {
                if (amended.followUps() != null) {
                    followUps = amended.followUps().size();
                }
                if (amended.validUntil() != null) {
                    validUntil = amended.validUntil();
                }
            } else if (event instanceof AgreementTerminated || event instanceof AgreementExpired
                    || event instanceof AgreementDraftWithdrawn) {
                ended = true;
            }
        }

        boolean opensTestPhase(LocalDate on) {
            return type.regulatesPartnership() && inForce && !ended && followUps > 0 && !validFrom.isAfter(on)
                    && (validUntil == null || !validUntil.isBefore(on));
        }
    }
}
