package org.innovationledger.command.accounts;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * The head as the event store tells it ({@link EventStore#createHeadToken()}): the JDBC store and Axon Server alike
 * answer a token whose position is the newest event's global index; an empty store answers no token (JDBC, in
 * memory) or a position below zero (Axon Server), both -1 here.
 */
@Component
class EventStoreLedgerHead implements LedgerHead {

    private final EventStore eventStore;

    EventStoreLedgerHead(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public long position() {
        TrackingToken head = eventStore.createHeadToken();
        if (head == null) {
            return -1;
        }
        long position = head.position().orElse(-1);
        return position < 0 ? -1 : position;
    }
}
