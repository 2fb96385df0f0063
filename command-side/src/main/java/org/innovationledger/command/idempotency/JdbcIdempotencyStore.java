package org.innovationledger.command.idempotency;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Keys in a table next to the events (H2 or PostgreSQL), so they survive restarts and hold across several
 * command-side instances: the primary key makes exactly one request win a key. Keys older than the retention
 * are purged as new ones arrive.
 */
final class JdbcIdempotencyStore implements IdempotencyStore {

    private static final String TABLE = "idempotent_requests";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration lease;
    private final Duration retention;
    private volatile Instant nextPurge = Instant.EPOCH;

    JdbcIdempotencyStore(DataSource dataSource, Clock clock, Duration lease, Duration retention) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
        this.lease = lease;
        this.retention = retention;
        jdbc.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " ("
                + "scope VARCHAR(200) NOT NULL, idem_key VARCHAR(128) NOT NULL, fingerprint VARCHAR(64) NOT NULL,"
                + " state VARCHAR(16) NOT NULL, created_at TIMESTAMP NOT NULL, status INT, location VARCHAR(2000),"
                + " etag VARCHAR(100), content_type VARCHAR(200), body VARCHAR(65536),"
                + " PRIMARY KEY (scope, idem_key))");
    }

    @Override
    public Reservation reserve(String scope, String key, String fingerprint) {
        Instant now = clock.instant();
        purgeOccasionally(now);
        try {
            jdbc.update("INSERT INTO " + TABLE + " (scope, idem_key, fingerprint, state, created_at) VALUES (?,?,?,?,?)",
                    scope, key, fingerprint, "RUNNING", Timestamp.from(now));
            return new Reserved();
        } catch (DuplicateKeyException taken) {
            return existing(scope, key, fingerprint, now);
        }
    }

    private Reservation existing(String scope, String key, String fingerprint, Instant now) {
        List<Reservation> found = jdbc.query("SELECT fingerprint, state, created_at, status, location, etag,"
                        + " content_type, body FROM " + TABLE + " WHERE scope = ? AND idem_key = ?",
                (rs, i) -> {
                    if (!rs.getString("fingerprint").equals(fingerprint)) {
                        return new Mismatch();
                    }
                    if ("RUNNING".equals(rs.getString("state"))) {
                        return new InProgress(rs.getTimestamp("created_at").toInstant().plus(lease).isBefore(now));
                    }
                    return new Replay(new StoredResponse(rs.getInt("status"), rs.getString("location"),
                            rs.getString("etag"), rs.getString("content_type"), rs.getString("body")));
                }, scope, key);
        // Released between our insert and this read: the client may simply try again.
        return found.isEmpty() ? new InProgress(false) : found.get(0);
    }

    @Override
    public void complete(String scope, String key, StoredResponse response) {
        jdbc.update("UPDATE " + TABLE + " SET state = 'DONE', status = ?, location = ?, etag = ?, content_type = ?,"
                        + " body = ? WHERE scope = ? AND idem_key = ?", response.status(), response.location(),
                response.etag(), response.contentType(), response.body(), scope, key);
    }

    @Override
    public void release(String scope, String key) {
        jdbc.update("DELETE FROM " + TABLE + " WHERE scope = ? AND idem_key = ? AND state = 'RUNNING'", scope, key);
    }

    @Override
    public Optional<StoredResponse> find(String scope, String key) {
        return jdbc.query("SELECT status, location, etag, content_type, body FROM " + TABLE
                        + " WHERE scope = ? AND idem_key = ? AND state = 'DONE'",
                (rs, i) -> new StoredResponse(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)), scope, key).stream().findFirst();
    }

    private void purgeOccasionally(Instant now) {
        if (now.isAfter(nextPurge)) {
            nextPurge = now.plus(Duration.ofMinutes(10));
            jdbc.update("DELETE FROM " + TABLE + " WHERE created_at < ?", Timestamp.from(now.minus(retention)));
        }
    }
}
