package org.innovationledger.command.initiative;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.initiative.InitiativeRegistered;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Reads an initiative's registration, its first event, from the event store: no projection lag. */
@Component
class EventSourcedInitiativeDirectory implements InitiativeDirectory {

    private final EventStore eventStore;

    EventSourcedInitiativeDirectory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Optional<TenantId> ownerOf(InitiativeId initiativeId) {
        DomainEventStream stream = eventStore.readEvents(initiativeId.value(), 0);
        return stream.hasNext() && stream.next().getPayload() instanceof InitiativeRegistered registered
                ? Optional.of(registered.tenant())
                : Optional.empty();
    }
}
