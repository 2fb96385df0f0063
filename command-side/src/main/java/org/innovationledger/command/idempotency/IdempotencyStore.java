package org.innovationledger.command.idempotency;

import java.util.Optional;

/**
 * The first outcome of each Idempotency-Key, per caller. A key is first reserved, then completed with the
 * response, or released when the request failed so that the client may try again with the same key.
 */
interface IdempotencyStore {

    /** A response worth giving again. */
    record StoredResponse(int status, String location, String etag, String contentType, String body) {
    }

    /** What a reservation found. */
    sealed interface Reservation {
    }

    /** The key is new: go ahead and run the request. */
    record Reserved() implements Reservation {
    }

    /** The key was used for this very request before: give its first response again. */
    record Replay(StoredResponse response) implements Reservation {
    }

    /** The key was used for a different request (another path or body). */
    record Mismatch() implements Reservation {
    }

    /** The first request with this key has not finished (or the service stopped while running it). */
    record InProgress(boolean stale) implements Reservation {
    }

    Reservation reserve(String scope, String key, String fingerprint);

    void complete(String scope, String key, StoredResponse response);

    void release(String scope, String key);

    /** For tests and the admin: the stored response of a key, if completed. */
    Optional<StoredResponse> find(String scope, String key);
}
