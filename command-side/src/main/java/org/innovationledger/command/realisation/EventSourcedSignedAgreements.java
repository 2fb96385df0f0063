package org.innovationledger.command.realisation;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.innovationledger.kernel.agreement.AgreementAmended;
import org.innovationledger.kernel.agreement.AgreementContent;
import org.innovationledger.kernel.agreement.AgreementDraftRevised;
import org.innovationledger.kernel.agreement.AgreementDraftWithdrawn;
import org.innovationledger.kernel.agreement.AgreementDrafted;
import org.innovationledger.kernel.agreement.AgreementExpired;
import org.innovationledger.kernel.agreement.AgreementId;
import org.innovationledger.kernel.agreement.AgreementInForce;
import org.innovationledger.kernel.agreement.AgreementTerminated;
import org.innovationledger.kernel.agreement.FollowUpDate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An agreement's settlement terms folded from its own event stream: consistent with every acknowledged command.
 * Read from sequence 0, not a snapshot, which would hide the drafting event.
 */
@Component
class EventSourcedSignedAgreements implements SignedAgreements {

    private final EventStore eventStore;

    EventSourcedSignedAgreements(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Optional<SettlementTerms> find(AgreementId agreementId) {
        DomainEventStream stream = eventStore.readEvents(agreementId.value(), 0);
        if (!stream.hasNext() || !(stream.next().getPayload() instanceof AgreementDrafted drafted)) {
            return Optional.empty();
        }
        SettlementTerms terms = fromContent(drafted, drafted.content(), false);
        while (stream.hasNext()) {
            DomainEventMessage<?> next = stream.next();
            Object event = next.getPayload();
            if (event instanceof AgreementDraftRevised revised) {
                terms = fromContent(drafted, revised.content(), terms.inForce());
            } else if (event instanceof AgreementInForce) {
                terms = with(terms, true);
            } else if (event instanceof AgreementTerminated || event instanceof AgreementExpired
                    || event instanceof AgreementDraftWithdrawn) {
                terms = with(terms, false);
            } else if (event instanceof AgreementAmended amended) {
                terms = new SettlementTerms(terms.tenant(), terms.initiativeId(), terms.inForce(),
                        amended.valueModel() != null ? amended.valueModel() : terms.valueModel(), terms.parties(),
                        amended.followUps() != null ? followUps(amended.followUps()) : terms.followUps());
            }
        }
        return Optional.of(terms);
    }

    private static SettlementTerms fromContent(AgreementDrafted drafted, AgreementContent content, boolean inForce) {
        return new SettlementTerms(drafted.tenant(), drafted.initiativeId(), inForce, content.valueModel(),
                content.parties().stream().map(p -> new SettlementTerms.Party(p.party(), p.role())).toList(),
                followUps(content.followUps()));
    }

    private static SettlementTerms with(SettlementTerms terms, boolean inForce) {
        return new SettlementTerms(terms.tenant(), terms.initiativeId(), inForce, terms.valueModel(), terms.parties(),
                terms.followUps());
    }

    private static Map<String, LocalDate> followUps(List<FollowUpDate> followUps) {
        Map<String, LocalDate> byId = new LinkedHashMap<>();
        followUps.forEach(f -> byId.put(f.id(), f.date()));
        return byId;
    }
}
