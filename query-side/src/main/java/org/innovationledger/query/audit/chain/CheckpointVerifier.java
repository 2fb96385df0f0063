package org.innovationledger.query.audit.chain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Recomputes the chain from the event table alone, from its first position, and compares it with checkpoints kept
 * outside the system: the check that holds even if someone rewrote both the events and the stored chain. Every
 * position up to the last checkpoint has been chained, so a position without a row is taken as a gap. A mismatch
 * says only that something between the last matching checkpoint and this one changed; the verification against
 * the stored chain names the position.
 */
public final class CheckpointVerifier {

    private static final int BATCH = 1000;

    private CheckpointVerifier() {
    }

    public static ChainVerification verify(EventTable table, List<Checkpoint> checkpoints) {
        OptionalLong storeHead = table.head();
        Long stored = storeHead.isPresent() ? storeHead.getAsLong() : null;
        OptionalLong lowest = table.lowest();
        if (checkpoints.isEmpty() || lowest.isEmpty()) {
            return new ChainVerification(checkpoints.isEmpty() ? ChainVerification.Status.OK
                    : ChainVerification.Status.BROKEN, null, null, null, 0, 0, 0, null, stored,
                    checkpoints.isEmpty() ? null : new BrokenPosition(checkpoints.get(0).position(),
                            ChainProblem.MISSING, "the event table is empty"));
        }
        Map<Long, Checkpoint> marks = new HashMap<>();
        checkpoints.forEach(mark -> marks.put(mark.position(), mark));
        long last = checkpoints.stream().mapToLong(Checkpoint::position).max().orElseThrow();
        long start = ChainBuilder.firstPosition(lowest.getAsLong());
        if (checkpoints.stream().anyMatch(mark -> mark.position() < start)) {
            return new ChainVerification(ChainVerification.Status.BROKEN, start, last, null, 0, 0, 0, null, stored,
                    new BrokenPosition(start, ChainProblem.CHAIN_BROKEN, "a checkpoint lies before the first"
                            + " position " + start + ": events at the start of the table were removed"));
        }
        byte[] previous = ChainHash.GENESIS;
        long events = 0;
        long gaps = 0;
        long matched = 0;
        long lastGood = start - 1;
        for (long from = start; from <= last; from += BATCH) {
            long to = Math.min(last, from + BATCH - 1);
            Map<Long, StoredEvent> rows = new HashMap<>();
            table.between(from, to, BATCH).forEach(row -> rows.put(row.position(), row));
            for (long position = from; position <= to; position++) {
                StoredEvent row = rows.get(position);
                if (row != null) {
                    previous = ChainHash.event(previous, row);
                    events++;
                } else {
                    previous = ChainHash.gap(previous, position);
                    gaps++;
                }
                Checkpoint mark = marks.get(position);
                if (mark != null) {
                    if (!ChainHash.hex(previous).equals(mark.hash())) {
                        return new ChainVerification(ChainVerification.Status.BROKEN, start, last,
                                lastGood >= start ? lastGood : null, events, gaps, matched, null, stored,
                                new BrokenPosition(position, ChainProblem.CHAIN_BROKEN, "the events up to here do"
                                        + " not give the checkpoint's hash: an event after position " + lastGood
                                        + " and up to " + position + " was changed, removed or added"));
                    }
                    matched++;
                    lastGood = position;
                }
            }
        }
        return new ChainVerification(ChainVerification.Status.OK, start, last, last, events, gaps, matched, null,
                stored, null);
    }
}
