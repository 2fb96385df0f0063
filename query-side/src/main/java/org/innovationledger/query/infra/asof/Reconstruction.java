package org.innovationledger.query.infra.asof;

import com.mongodb.client.MongoDatabase;

import java.time.Instant;
import java.util.Set;

/**
 * The read models of some processing groups rebuilt in a temporary database from the events up to a position.
 * {@code lastPosition} and {@code lastRecordedAt} are the newest event replayed (-1 and null when there was none);
 * {@code settled} says nothing can still appear at or below the position (see {@link Reconstructions}).
 */
final class Reconstruction {

    record Key(Set<String> groups, long upTo) {
    }

    final Key key;
    final MongoDatabase database;
    final long lastPosition;
    final Instant lastRecordedAt;
    final boolean settled;
    /** Requests using it, plus one while the cache keeps it; guarded by the {@link Reconstructions}. */
    int holders = 1;

    Reconstruction(Key key, MongoDatabase database, long lastPosition, Instant lastRecordedAt, boolean settled) {
        this.key = key;
        this.database = database;
        this.lastPosition = lastPosition;
        this.lastRecordedAt = lastRecordedAt;
        this.settled = settled;
    }
}
