package org.innovationledger.query.accounts;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The event stream from its first event up to a global position, read from the event store itself (the JDBC store
 * or Axon Server alike), never from a read model: what the accounts show at a position depends on the events alone.
 */
@Component
class LedgerStream {

    /** How long to wait for an event the stream promised but has not delivered yet (a commit in flight). */
    private static final int PATIENCE_MILLIS = 5_000;

    private final EventStore eventStore;

    LedgerStream(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The position of the newest event; -1 when the ledger is empty. */
    long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    /** Hands every event up to and including {@code upTo} to the consumer, in stream order. */
    void read(long upTo, Consumer<LedgerEvent> consumer) {
        if (upTo < 0) {
            return;
        }
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            while (stream.hasNextAvailable(PATIENCE_MILLIS, TimeUnit.MILLISECONDS)) {
                TrackedEventMessage<?> next = stream.peek().orElseThrow();
                long position = next.trackingToken().position().orElseThrow();
                if (position > upTo) {
                    return;
                }
                stream.nextAvailable();
                consumer.accept(new LedgerEvent(next.getPayload(), position, next.getTimestamp()));
                if (position == upTo) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the event stream", e);
        }
    }
}
