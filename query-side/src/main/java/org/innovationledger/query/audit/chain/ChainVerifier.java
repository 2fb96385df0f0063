package org.innovationledger.query.audit.chain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import static org.innovationledger.query.audit.chain.ChainProblem.ALTERED;
import static org.innovationledger.query.audit.chain.ChainProblem.CHAIN_BROKEN;
import static org.innovationledger.query.audit.chain.ChainProblem.INSERTED;
import static org.innovationledger.query.audit.chain.ChainProblem.MISSING;

/**
 * Recomputes the chain from the event table and compares it with the stored chain, position by position, trusting
 * nothing but the hashes: each stored link must build on the one before it, the row at its position (or its absence,
 * for a gap) must give its hash, and each checkpoint must equal the link at its position. Stops at the first broken
 * position. Used by the verification endpoint and by the command-line verifier.
 */
public final class ChainVerifier {

    private static final int BATCH = 1000;

    private final EventTable table;
    private final ChainStore store;

    public ChainVerifier(EventTable table, ChainStore store) {
        this.table = table;
        this.store = store;
    }

    /** Verifies positions {@code from} to {@code to} (null: from the chain's first, to its head). */
    public ChainVerification verify(Long from, Long to) {
        if (from != null && to != null && from > to) {
            throw new IllegalArgumentException("from (" + from + ") must not be after to (" + to + ")");
        }
        Optional<ChainEntry> first = store.first();
        Optional<ChainEntry> head = store.head();
        OptionalLong storeHead = table.head();
        Long stored = storeHead.isPresent() ? storeHead.getAsLong() : null;
        if (first.isEmpty()) {
            return new ChainVerification(ChainVerification.Status.OK, null, null, null, 0, 0, 0, null, stored, null);
        }
        long start = Math.max(from == null ? Long.MIN_VALUE : from, first.get().position());
        long end = Math.min(to == null ? Long.MAX_VALUE : to, head.get().position());
        Long chainedUpTo = head.get().position();
        if (start > end) {
            return new ChainVerification(ChainVerification.Status.OK, start, end, null, 0, 0, 0, chainedUpTo, stored,
                    null);
        }
        Walk walk = new Walk(start);
        BrokenPosition broken = walk.run(end);
        return new ChainVerification(broken == null ? ChainVerification.Status.OK : ChainVerification.Status.BROKEN,
                start, end, broken == null ? end : (broken.position() > start ? broken.position() - 1 : null),
                walk.events, walk.gaps, walk.checkpoints, chainedUpTo, stored, broken);
    }

    private final class Walk {

        long position;
        String previous;
        long events;
        long gaps;
        long checkpoints;

        Walk(long start) {
            this.position = start;
        }

        BrokenPosition run(long end) {
            BrokenPosition broken = startingLink();
            while (broken == null && position <= end) {
                long upTo = Math.min(end, position + BATCH - 1);
                Map<Long, ChainEntry> links = byPosition(store.between(position, upTo, BATCH));
                Map<Long, StoredEvent> rows = new HashMap<>();
                table.between(position, upTo, BATCH).forEach(row -> rows.put(row.position(), row));
                Map<Long, Checkpoint> marks = new HashMap<>();
                store.checkpointsBetween(position, upTo).forEach(mark -> marks.put(mark.position(), mark));
                while (broken == null && position <= upTo) {
                    broken = check(links.get(position), rows.get(position), marks.get(position));
                    if (broken == null) {
                        position++;
                    }
                }
            }
            return broken;
        }

        /** The hash the first verified link must build on: the genesis, or the stored link before it. */
        private BrokenPosition startingLink() {
            if (store.first().map(ChainEntry::position).orElseThrow() == position) {
                previous = ChainHash.hex(ChainHash.GENESIS);
                return null;
            }
            Optional<ChainEntry> before = store.at(position - 1);
            if (before.isEmpty()) {
                return new BrokenPosition(position - 1, CHAIN_BROKEN, "the stored chain has no link at position "
                        + (position - 1));
            }
            if (!isHash(before.get().hash())) {
                return new BrokenPosition(position - 1, CHAIN_BROKEN, "the stored link holds no hash");
            }
            previous = before.get().hash();
            return null;
        }

        private BrokenPosition check(ChainEntry link, StoredEvent row, Checkpoint mark) {
            if (link == null) {
                return new BrokenPosition(position, CHAIN_BROKEN, "the stored chain has no link at this position");
            }
            if (!previous.equals(link.previous())) {
                return new BrokenPosition(position, CHAIN_BROKEN, "the stored link does not build on the hash of"
                        + " position " + (position - 1));
            }
            byte[] before = ChainHash.unhex(previous);
            String gapHash = ChainHash.hex(ChainHash.gap(before, position));
            if (row != null) {
                if (!ChainHash.hex(ChainHash.event(before, row)).equals(link.hash())) {
                    return gapHash.equals(link.hash())
                            ? new BrokenPosition(position, INSERTED, "an event was stored at a position chained as"
                            + " a gap: " + describe(row))
                            : new BrokenPosition(position, ALTERED, "the stored event differs from the one chained"
                            + " here: " + describe(row));
                }
                events++;
            } else {
                if (!gapHash.equals(link.hash())) {
                    return new BrokenPosition(position, MISSING, "an event was chained here and its row is gone");
                }
                gaps++;
            }
            if (mark != null) {
                if (!mark.hash().equals(link.hash())) {
                    return new BrokenPosition(position, CHAIN_BROKEN, "the stored link differs from the checkpoint"
                            + " recorded at " + mark.at());
                }
                checkpoints++;
            }
            previous = link.hash();
            return null;
        }
    }

    private static boolean isHash(String value) {
        return value != null && value.matches("[0-9a-f]{64}");
    }

    static String describe(StoredEvent row) {
        return "event " + row.eventIdentifier() + " (" + row.payloadType() + "), aggregate "
                + row.aggregateIdentifier() + " sequence " + row.sequenceNumber();
    }

    private static Map<Long, ChainEntry> byPosition(List<ChainEntry> links) {
        Map<Long, ChainEntry> map = new HashMap<>();
        links.forEach(link -> map.put(link.position(), link));
        return map;
    }
}
