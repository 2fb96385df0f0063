package org.innovationledger.command.value;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.value.ValueModelDefined;
import org.innovationledger.kernel.value.ValueModelDefinition;
import org.innovationledger.kernel.value.ValueModelRef;
import org.innovationledger.kernel.value.ValueModelRevised;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Value models read straight from their event streams: consistent with every acknowledged command, on the JDBC
 * store and on Axon Server alike. A model's stream is short (one event per version). Read from sequence 0, not
 * from a snapshot, which would hide the definition event.
 */
@Component
class EventSourcedValueModelCatalogue implements ValueModelCatalogue {

    private final EventStore eventStore;

    EventSourcedValueModelCatalogue(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Optional<ValueModelDefinition> find(TenantId tenant, ValueModelRef ref) {
        DomainEventStream stream = eventStore.readEvents(ref.id().value(), 0);
        if (!stream.hasNext() || !(stream.next().getPayload() instanceof ValueModelDefined defined)
                || !defined.tenant().equals(tenant)) {
            return Optional.empty();
        }
        if (ref.version() == defined.version()) {
            return Optional.of(defined.definition());
        }
        while (stream.hasNext()) {
            DomainEventMessage<?> next = stream.next();
            if (next.getPayload() instanceof ValueModelRevised revised && revised.version() == ref.version()) {
                return Optional.of(revised.definition());
            }
        }
        return Optional.empty();
    }
}
