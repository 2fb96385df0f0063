package org.innovationledger.query.infra;

import org.axonframework.eventhandling.TrackingToken;

/**
 * The global position of the event being handled, by which projections stay idempotent: delivery is
 * at-least-once (tokens live in MongoDB, events elsewhere), so each document remembers the last position it
 * applied and ignores anything at or below it.
 */
public final class EventPosition {

    private EventPosition() {
    }

    public static long of(TrackingToken token) {
        if (token == null) {
            throw new IllegalStateException("projections run in streaming processors: every event has a token");
        }
        return token.position().orElseThrow(() -> new IllegalStateException("token without position: " + token));
    }
}
