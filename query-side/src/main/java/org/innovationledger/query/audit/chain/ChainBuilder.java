package org.innovationledger.query.audit.chain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Extends the stored chain with the events stored since its head, one batch per call. Starts from the stored head
 * every time, so several instances (or a restarted one) continue the same chain. A position missing below a stored
 * row may be a transaction still in flight (the global index is taken at insert, rows commit in any order), so
 * the chain waits there until the gap is older than the gap timeout, then chains the position as a gap for good.
 */
public final class ChainBuilder {

    private static final Logger log = LoggerFactory.getLogger(ChainBuilder.class);

    private final EventTable table;
    private final ChainStore store;
    private final ChainSettings settings;
    private final Clock clock;
    /** When this instance first saw the run of missing positions before each stored row (by the row's position). */
    private final Map<Long, Instant> gapsSeen = new HashMap<>();

    public ChainBuilder(EventTable table, ChainStore store, ChainSettings settings, Clock clock) {
        this.table = table;
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    /** Chains what it can of the next batch and records the checkpoints due; answers how many links it added. */
    public synchronized int extend() {
        Instant now = clock.instant();
        Optional<ChainEntry> head = store.head();
        long next;
        byte[] previous;
        if (head.isPresent()) {
            next = head.get().position() + 1;
            previous = ChainHash.unhex(head.get().hash());
        } else {
            OptionalLong lowest = table.lowest();
            if (lowest.isEmpty()) {
                return 0;
            }
            next = firstPosition(lowest.getAsLong());
            previous = ChainHash.GENESIS;
        }
        List<ChainEntry> links = new ArrayList<>();
        chaining:
        for (StoredEvent row : table.between(next, Long.MAX_VALUE, settings.batchSize())) {
            if (next < row.position()) {
                // positions next .. row - 1 are missing; they age together from when this row first showed them
                Instant seen = gapsSeen.computeIfAbsent(row.position(), position -> now);
                if (seen.plus(settings.gapTimeout()).isAfter(now)) {
                    break; // may still be a transaction in flight: wait
                }
                while (next < row.position()) {
                    if (links.size() >= settings.batchSize()) {
                        break chaining; // a long run of gaps goes on in the next round
                    }
                    byte[] hash = ChainHash.gap(previous, next);
                    links.add(new ChainEntry(next, ChainEntry.Kind.GAP, ChainHash.hex(hash),
                            ChainHash.hex(previous)));
                    previous = hash;
                    next++;
                }
            }
            byte[] hash = ChainHash.event(previous, row);
            links.add(new ChainEntry(next, ChainEntry.Kind.EVENT, ChainHash.hex(hash), ChainHash.hex(previous)));
            previous = hash;
            next++;
        }
        int added = store.append(links);
        long chainedTo = added > 0 ? links.get(added - 1).position() : head.map(ChainEntry::position).orElse(0L);
        gapsSeen.keySet().removeIf(position -> position <= chainedTo);
        logGaps(links.subList(0, added));
        recordCheckpoints(now);
        return added;
    }

    private void logGaps(List<ChainEntry> added) {
        Long from = null;
        for (int i = 0; i <= added.size(); i++) {
            boolean gap = i < added.size() && added.get(i).kind() == ChainEntry.Kind.GAP;
            if (gap && from == null) {
                from = added.get(i).position();
            } else if (!gap && from != null) {
                long to = added.get(i - 1).position();
                log.info("Event chain: {} chained as {} (nothing stored there {} after a later event)",
                        from == to ? "position " + from : "positions " + from + " to " + to,
                        from == to ? "a gap" : "gaps", settings.gapTimeout());
                from = null;
            }
        }
    }

    /**
     * Where a new chain starts: position 1, where the global index of Axon's JDBC tables starts on H2 and
     * PostgreSQL (so rows missing before the first stored one are gaps like any other), or 0 if a row is there.
     */
    static long firstPosition(long lowestStored) {
        return Math.min(1, lowestStored);
    }

    /** A checkpoint at every multiple of the interval up to the head, including any a stopped instance missed. */
    private void recordCheckpoints(Instant now) {
        Optional<ChainEntry> head = store.head();
        if (head.isEmpty()) {
            return;
        }
        long interval = settings.checkpointInterval();
        long last = store.lastCheckpoint().map(Checkpoint::position).orElse(0L);
        for (long position = (last / interval + 1) * interval; position <= head.get().position();
             position += interval) {
            Optional<ChainEntry> link = store.at(position);
            if (link.isPresent() && store.addCheckpoint(new Checkpoint(position, link.get().hash(), now))) {
                log.info("Event chain checkpoint: position {} hash {} (keep it outside the system to verify against)",
                        position, link.get().hash());
            }
        }
    }
}
