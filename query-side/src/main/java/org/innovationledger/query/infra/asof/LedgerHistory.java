package org.innovationledger.query.infra.asof;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The event stream as the event store itself holds it (the JDBC store or Axon Server alike): its newest position,
 * the position the ledger stood at at a moment, and its events up to a position, in stream order.
 */
public final class LedgerHistory {

    /** How long to wait for an event the stream promised but has not delivered yet (a commit in flight). */
    private static final int PATIENCE_MILLIS = 5_000;

    private final EventStore eventStore;

    public LedgerHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The position of the newest event; -1 when the ledger is empty. */
    public long head() {
        return position(eventStore.createHeadToken());
    }

    /**
     * Where the ledger stood at {@code moment}: the position just before the first event recorded after it, so the
     * events up to the answer are exactly those recorded at or before the moment (a prefix of the stream, as a
     * reader then saw it); the newest position when nothing was recorded after it; -1 when nothing was recorded
     * before it. Event stores keep milliseconds (the JDBC store as fixed-width ISO text, Axon Server as epoch
     * milliseconds), so an event recorded at 10:00:00.123 counts as of 10:00:00.123 and not as of 10:00:00.122999.
     * Axon's {@code createTokenAt(t)} tracks every event at or after {@code t}, i.e. its position is the one before
     * the first event at or after {@code t}; asked for the millisecond after the moment, that is the rule above.
     */
    public long positionAt(Instant moment) {
        return position(eventStore.createTokenAt(moment.truncatedTo(ChronoUnit.MILLIS).plus(1, ChronoUnit.MILLIS)));
    }

    /** What a read covered: the newest event handed over, and when the first event beyond the bound was recorded. */
    public record Read(long lastPosition, Instant lastRecordedAt, Instant nextRecordedAt) {
    }

    /**
     * Hands every event up to and including {@code upTo} to the consumer, in stream order, with its tracking token
     * (the event's global position). Stops at the first event beyond {@code upTo} without handing it over.
     */
    public Read read(long upTo, Consumer<TrackedEventMessage<?>> consumer) {
        long head = head();
        long last = -1;
        Instant lastAt = null;
        if (upTo < 0 || head < 0) {
            return new Read(last, lastAt, null);
        }
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            while (stream.hasNextAvailable(PATIENCE_MILLIS, TimeUnit.MILLISECONDS)) {
                TrackedEventMessage<?> next = stream.peek().orElseThrow();
                long position = position(next.trackingToken());
                if (position > upTo) {
                    return new Read(last, lastAt, next.getTimestamp());
                }
                stream.nextAvailable();
                consumer.accept(next);
                last = position;
                lastAt = next.getTimestamp();
                if (position >= head) {
                    return new Read(last, lastAt, null); // nothing beyond was there when the read began
                }
            }
            return new Read(last, lastAt, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the event stream", e);
        }
    }

    private static long position(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }
}
