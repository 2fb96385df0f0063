package org.innovationledger.command.organisation;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.innovationledger.kernel.organisation.OrganisationUnitId;
import org.innovationledger.kernel.organisation.OrganisationUnitRegistered;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Reads a unit's registration straight from its event stream: consistent with every acknowledged command
 * (no projection lag) and the same on the JDBC store and on Axon Server. A unit's stream is short.
 */
@Component
class EventSourcedOrganisationUnitDirectory implements OrganisationUnitDirectory {

    private final EventStore eventStore;

    EventSourcedOrganisationUnitDirectory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Optional<KnownUnit> find(OrganisationUnitId unitId) {
        DomainEventStream stream = eventStore.readEvents(unitId.value(), 0);
        if (!stream.hasNext()) {
            return Optional.empty();
        }
        // The registration is the first event of a unit; another aggregate type under that id is no unit.
        if (stream.next().getPayload() instanceof OrganisationUnitRegistered registered) {
            return Optional.of(new KnownUnit(registered.unitId(), registered.tenant(), registered.kind()));
        }
        return Optional.empty();
    }
}
