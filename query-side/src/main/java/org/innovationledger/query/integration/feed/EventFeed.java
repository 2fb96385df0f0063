package org.innovationledger.query.integration.feed;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.innovationledger.query.infra.asof.LedgerHistory;
import org.innovationledger.query.integration.cloudevent.CloudEventMapper;
import org.innovationledger.query.integration.cloudevent.LedgerCloudEvent;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The ledger's events as CloudEvents, read straight from the event store after a {@link FeedCursor}: a page for the
 * pull feed, or a {@link Follower} that keeps reading as events are recorded, for the live stream. Reading from the
 * store (not from a read model) means the feed never lags a projection and an integrator can start anywhere in
 * history.
 */
@Component
public class EventFeed {

    /** How long a page waits for an event at or below the head the stream has not handed over yet. */
    private static final int PATIENCE_MILLIS = 5_000;

    private final EventStore eventStore;
    private final LedgerHistory history;
    private final CloudEventMapper cloudEvents;
    /** The JDBC store has gaps (positions taken by transactions in flight); Axon Server's positions have none. */
    private final boolean gapAware;

    @Autowired
    EventFeed(EventStore eventStore, ObjectProvider<EventStorageEngine> engine, CloudEventMapper cloudEvents) {
        this(eventStore, engine.getIfAvailable() instanceof JdbcEventStorageEngine, cloudEvents);
    }

    public EventFeed(EventStore eventStore, boolean gapAware, CloudEventMapper cloudEvents) {
        this.eventStore = eventStore;
        this.history = new LedgerHistory(eventStore);
        this.cloudEvents = cloudEvents;
        this.gapAware = gapAware;
    }

    /** An event given to a reader, and where the reader stands once it has it. */
    public record Item(LedgerCloudEvent event, FeedCursor cursor) {
    }

    /**
     * A page of the feed: the matching events after the cursor, where to go on from ({@code next}: after the last
     * event read, matching or not), the ledger's newest position when the page was read, and whether the page
     * reached it.
     */
    public record Page(List<Item> events, FeedCursor next, long head, boolean caughtUp) {
    }

    /**
     * Up to {@code limit} matching events after {@code after}, reading at most {@code maxScan} events (so a narrow
     * filter over a long history still answers quickly; the next page goes on from where this one stopped).
     */
    public Page page(FeedCursor after, FeedFilter filter, int limit, int maxScan) {
        long head = history.head();
        List<Item> items = new ArrayList<>();
        FeedCursor cursor = after;
        int scanned = 0;
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(after.token(gapAware))) {
            // Up to the head the stream may still be catching up (Axon's embedded store serves a reader whose cursor
            // it holds in its cache from a producer that fetches new events a moment after their commit): wait for
            // what is known to be there, never for what is not.
            while (items.size() < limit && scanned < maxScan
                    && stream.hasNextAvailable(cursor.position() < head ? PATIENCE_MILLIS : 0, TimeUnit.MILLISECONDS)) {
                TrackedEventMessage<?> event = stream.nextAvailable();
                scanned++;
                cursor = FeedCursor.of(event.trackingToken());
                if (filter.matches(event)) {
                    items.add(new Item(cloudEvents.map(event, cursor.position()), cursor));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the event feed", e);
        }
        return new Page(List.copyOf(items), cursor, head, cursor.position() >= head);
    }

    /** Follows the ledger after {@code after}: the live stream's reader. Close it when the client goes. */
    public Follower follow(FeedCursor after, FeedFilter filter) {
        return new Follower(eventStore.openStream(after.token(gapAware)), filter, after);
    }

    /** The newest position of the ledger, -1 when it is empty. */
    public long head() {
        return history.head();
    }

    /** A reader that waits for the next matching event. Not thread-safe: one per connection. */
    public final class Follower implements AutoCloseable {

        private final BlockingStream<TrackedEventMessage<?>> stream;
        private final FeedFilter filter;
        private FeedCursor cursor;

        private Follower(BlockingStream<TrackedEventMessage<?>> stream, FeedFilter filter, FeedCursor after) {
            this.stream = stream;
            this.filter = filter;
            this.cursor = after;
        }

        /** The next matching event, waiting at most {@code wait} for one to be recorded; empty if none came. */
        public Optional<Item> next(Duration wait) throws InterruptedException {
            long deadline = System.nanoTime() + wait.toNanos();
            while (true) {
                long left = Math.max(0, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
                if (!stream.hasNextAvailable((int) Math.min(left, Integer.MAX_VALUE), TimeUnit.MILLISECONDS)) {
                    return Optional.empty();
                }
                TrackedEventMessage<?> event = stream.nextAvailable();
                cursor = FeedCursor.of(event.trackingToken());
                if (filter.matches(event)) {
                    return Optional.of(new Item(cloudEvents.map(event, cursor.position()), cursor));
                }
                if (left == 0) {
                    return Optional.empty();
                }
            }
        }

        /** Where the follower stands: after the last event read, matching or not. */
        public FeedCursor cursor() {
            return cursor;
        }

        @Override
        public void close() {
            stream.close();
        }
    }
}
