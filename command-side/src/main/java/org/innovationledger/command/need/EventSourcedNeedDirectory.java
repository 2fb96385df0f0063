package org.innovationledger.command.need;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.innovationledger.kernel.need.NeedHandedOver;
import org.innovationledger.kernel.need.NeedId;
import org.innovationledger.kernel.need.NeedIdentified;
import org.innovationledger.kernel.need.NeedReferred;
import org.innovationledger.kernel.need.NeedResolvedInternally;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Reads a need straight from its event stream: consistent with every acknowledged command (no projection lag)
 * and the same on the JDBC store and on Axon Server. A need's stream is short.
 */
@Component
class EventSourcedNeedDirectory implements NeedDirectory {

    private final EventStore eventStore;

    EventSourcedNeedDirectory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Optional<KnownNeed> find(NeedId needId) {
        DomainEventStream stream = eventStore.readEvents(needId.value(), 0);
        if (!stream.hasNext()) {
            return Optional.empty();
        }
        // The identification is the first event of a need; another aggregate type under that id is no need.
        if (!(stream.next().getPayload() instanceof NeedIdentified identified)) {
            return Optional.empty();
        }
        boolean open = true;
        while (stream.hasNext()) {
            if (closes(stream.next().getPayload())) {
                open = false;
            }
        }
        return Optional.of(new KnownNeed(identified.needId(), identified.tenant(), open));
    }

    private static boolean closes(Object event) {
        return event instanceof NeedResolvedInternally || event instanceof NeedHandedOver
                || event instanceof NeedReferred;
    }
}
