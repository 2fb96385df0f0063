package org.innovationledger.query.integration.feed;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Where a reader of the event feed stands: the global position of the last event it was given and, on the JDBC
 * store, the positions below it that were still empty when it read them (gaps: a transaction that took a position
 * and had not committed yet). Resuming from a cursor reads those gaps again, so an event that commits late under a
 * lower position is still delivered once, exactly as Axon's own tracking processors do.
 * <p>Text form: {@code <position>} or {@code <position>~<gap>,<gap>...}; {@code -1} is before the first event. A bare
 * position is a valid cursor too (resume "after position n"); only a cursor the feed handed out also carries the
 * gaps.
 */
public record FeedCursor(long position, SortedSet<Long> gaps) {

    public static final FeedCursor START = new FeedCursor(-1, Collections.emptySortedSet());
    /** More gaps than this in one cursor would mean a broken store, not transactions in flight. */
    private static final int MAX_GAPS = 10_000;

    public FeedCursor {
        if (position < -1) {
            throw new IllegalArgumentException("a cursor's position is -1 (the start) or a global position");
        }
        gaps = Collections.unmodifiableSortedSet(new TreeSet<>(gaps));
        if (!gaps.isEmpty() && (gaps.first() < 0 || gaps.last() >= position)) {
            throw new IllegalArgumentException("a cursor's gaps lie between 0 and its position");
        }
    }

    /** Parses a cursor's text form; anything else is an {@link IllegalArgumentException} that says what is expected. */
    public static FeedCursor parse(String parameter, String text) {
        if (text == null || text.isBlank()) {
            return START;
        }
        String value = text.strip();
        try {
            int tilde = value.indexOf('~');
            long position = Long.parseLong(tilde < 0 ? value : value.substring(0, tilde));
            SortedSet<Long> gaps = new TreeSet<>();
            if (tilde >= 0) {
                for (String gap : value.substring(tilde + 1).split(",", -1)) {
                    gaps.add(Long.parseLong(gap));
                }
            }
            if (gaps.size() > MAX_GAPS) {
                throw new IllegalArgumentException("too many gaps");
            }
            return new FeedCursor(position, gaps);
        } catch (IllegalArgumentException malformed) {
            throw new IllegalArgumentException(parameter + " is not a feed cursor: '" + abbreviate(value)
                    + "'. A cursor is a global position (-1 for the start) or the text of a cursor the feed"
                    + " returned (next, or an event id of the live stream), e.g. 1234 or 1234~1230,1231");
        }
    }

    /** Where a reader stands after the event with this token. */
    public static FeedCursor of(TrackingToken token) {
        if (token instanceof GapAwareTrackingToken gapAware) {
            return new FeedCursor(gapAware.getIndex(), gapAware.getGaps());
        }
        if (token == null) {
            return START;
        }
        return new FeedCursor(token.position().orElseThrow(), Collections.emptySortedSet());
    }

    /** The token to open the event stream after this cursor, for a store with gaps (JDBC) or without (Axon Server). */
    public TrackingToken token(boolean gapAwareStore) {
        if (position < 0) {
            return null;
        }
        return gapAwareStore ? GapAwareTrackingToken.newInstance(position, gaps)
                : new GlobalSequenceTrackingToken(position);
    }

    @Override
    public String toString() {
        if (gaps.isEmpty()) {
            return Long.toString(position);
        }
        return position + "~" + gaps.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 60) + "...";
    }
}
