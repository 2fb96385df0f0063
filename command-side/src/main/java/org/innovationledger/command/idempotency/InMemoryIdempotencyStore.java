package org.innovationledger.command.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keys in memory, for a command side without a relational database (the Axon Server setup): one instance
 * only, and forgotten on restart. The README says so.
 */
final class InMemoryIdempotencyStore implements IdempotencyStore {

    private static final int MAX_KEYS = 100_000;

    private final Clock clock;
    private final Duration lease;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(String fingerprint, Instant createdAt, StoredResponse response) {
    }

    InMemoryIdempotencyStore(Clock clock, Duration lease) {
        this.clock = clock;
        this.lease = lease;
    }

    @Override
    public Reservation reserve(String scope, String key, String fingerprint) {
        if (entries.size() > MAX_KEYS) {
            entries.clear();
        }
        Instant now = clock.instant();
        Entry mine = new Entry(fingerprint, now, null);
        Entry existing = entries.putIfAbsent(scope + '\0' + key, mine);
        if (existing == null) {
            return new Reserved();
        }
        if (!existing.fingerprint().equals(fingerprint)) {
            return new Mismatch();
        }
        return existing.response() == null
                ? new InProgress(existing.createdAt().plus(lease).isBefore(now))
                : new Replay(existing.response());
    }

    @Override
    public void complete(String scope, String key, StoredResponse response) {
        entries.computeIfPresent(scope + '\0' + key, (k, e) -> new Entry(e.fingerprint(), e.createdAt(), response));
    }

    @Override
    public void release(String scope, String key) {
        entries.computeIfPresent(scope + '\0' + key, (k, e) -> e.response() == null ? null : e);
    }

    @Override
    public Optional<StoredResponse> find(String scope, String key) {
        return Optional.ofNullable(entries.get(scope + '\0' + key)).map(Entry::response);
    }
}
