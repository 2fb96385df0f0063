package org.innovationledger.command.indicator;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.indicator.IndicatorDefined;
import org.innovationledger.kernel.indicator.IndicatorId;
import org.innovationledger.kernel.indicator.IndicatorRevised;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Indicators read straight from their event streams: consistent with every acknowledged command, on the JDBC
 * store and on Axon Server alike. An indicator's stream is short (one event per version). Another aggregate type
 * under that id, or another tenant's indicator, is no indicator.
 */
@Component
class EventSourcedIndicatorCatalogue implements IndicatorCatalogue {

    private final EventStore eventStore;

    EventSourcedIndicatorCatalogue(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public boolean exists(TenantId tenant, IndicatorId indicatorId) {
        DomainEventStream stream = eventStore.readEvents(indicatorId.value(), 0);
        return stream.hasNext() && stream.next().getPayload() instanceof IndicatorDefined defined
                && defined.tenant().equals(tenant);
    }

    @Override
    public Optional<KnownIndicator> find(TenantId tenant, IndicatorId indicatorId, Integer version) {
        DomainEventStream stream = eventStore.readEvents(indicatorId.value(), 0);
        if (!stream.hasNext() || !(stream.next().getPayload() instanceof IndicatorDefined defined)
                || !defined.tenant().equals(tenant)) {
            return Optional.empty();
        }
        KnownIndicator newest = new KnownIndicator(indicatorId, defined.version(), defined.definition());
        while (stream.hasNext() && (version == null || newest.version() != version)) {
            DomainEventMessage<?> next = stream.next();
            if (next.getPayload() instanceof IndicatorRevised revised) {
                newest = new KnownIndicator(indicatorId, revised.version(), revised.definition());
            }
        }
        return version == null || newest.version() == version ? Optional.of(newest) : Optional.empty();
    }
}
