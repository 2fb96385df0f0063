package org.innovationledger.command.mission;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.mission.MissionDefined;
import org.innovationledger.kernel.mission.MissionId;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Reads a mission's definition straight from its event stream: consistent with every acknowledged command
 * (no projection lag) and the same on the JDBC store and on Axon Server. Only the first event is read.
 */
@Component
class EventSourcedMissionDirectory implements MissionDirectory {

    private final EventStore eventStore;

    EventSourcedMissionDirectory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Optional<TenantId> ownerOf(MissionId missionId) {
        DomainEventStream stream = eventStore.readEvents(missionId.value(), 0);
        // The definition is the first event of a mission; another aggregate type under that id is no mission.
        if (stream.hasNext() && stream.next().getPayload() instanceof MissionDefined defined) {
            return Optional.of(defined.tenant());
        }
        return Optional.empty();
    }
}
