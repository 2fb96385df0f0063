package org.innovationledger.command.partner;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.innovationledger.kernel.partner.PartnerId;
import org.innovationledger.kernel.partner.PartnerOrganisationRegistered;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Reads a partner's registration, the first event of its stream, from the event store: consistent with every
 * acknowledged command (no projection lag), the same on the JDBC store and on Axon Server. Because a partner with
 * an organisation number has an id derived from region and number, this also answers whether the number is
 * registered in the region: one short stream is read, never a scan.
 */
@Component
class EventSourcedPartnerDirectory implements PartnerDirectory {

    private final EventStore eventStore;

    EventSourcedPartnerDirectory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Optional<KnownPartner> find(PartnerId partnerId) {
        DomainEventStream stream = eventStore.readEvents(partnerId.value(), 0);
        // another aggregate type under that id is no partner
        if (stream.hasNext() && stream.next().getPayload() instanceof PartnerOrganisationRegistered registered) {
            return Optional.of(new KnownPartner(registered.partnerId(), registered.tenant(), registered.kind(),
                    registered.organisationNumber()));
        }
        return Optional.empty();
    }
}
