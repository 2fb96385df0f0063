package org.innovationledger.command.process;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.process.BuiltInProcessModels;
import org.innovationledger.kernel.process.ProcessModelDefined;
import org.innovationledger.kernel.process.ProcessModelDefinition;
import org.innovationledger.kernel.process.ProcessModelId;
import org.innovationledger.kernel.process.ProcessModelRef;
import org.innovationledger.kernel.process.ProcessModelRevised;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Built-in models for every tenant, and each tenant's own models read straight from their event streams:
 * consistent with every acknowledged command (no projection lag), the same on the JDBC store and on Axon Server.
 * A model's stream is short: one event per version.
 */
@Component
class EventSourcedProcessModelCatalogue implements ProcessModelCatalogue {

    private final EventStore eventStore;

    EventSourcedProcessModelCatalogue(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Optional<ProcessModelDefinition> find(TenantId tenant, ProcessModelRef ref) {
        if (BuiltInProcessModels.isBuiltIn(ref.id())) {
            return BuiltInProcessModels.find(ref);
        }
        return fold(tenant, ref.id(), ref.version())
                .filter(reached -> reached.version() == ref.version())
                .map(Version::definition);
    }

    @Override
    public Optional<ProcessModelRef> latest(TenantId tenant, ProcessModelId id) {
        if (BuiltInProcessModels.isBuiltIn(id)) {
            return BuiltInProcessModels.latest(id);
        }
        return fold(tenant, id, Integer.MAX_VALUE).map(reached -> new ProcessModelRef(id, reached.version()));
    }

    /**
     * The model's definitions in order, stopping at {@code upTo}; empty unless the stream is a process model of
     * the tenant. Read from sequence 0 rather than from a snapshot, which would hide the definition event.
     */
    private Optional<Version> fold(TenantId tenant, ProcessModelId id, int upTo) {
        DomainEventStream stream = eventStore.readEvents(id.value(), 0);
        if (!stream.hasNext() || !(stream.next().getPayload() instanceof ProcessModelDefined defined)
                || !defined.tenant().equals(tenant)) {
            return Optional.empty();
        }
        Version reached = new Version(defined.version(), defined.definition());
        while (reached.version() < upTo && stream.hasNext()) {
            DomainEventMessage<?> next = stream.next();
            if (next.getPayload() instanceof ProcessModelRevised revised) {
                reached = new Version(revised.version(), revised.definition());
            }
        }
        return Optional.of(reached);
    }

    private record Version(int version, ProcessModelDefinition definition) {
    }
}
