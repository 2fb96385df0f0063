package org.innovationledger.command.idempotency;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same contract for the three places keys are kept: H2 (embedded default), PostgreSQL (production; skipped,
 * saying so, when no server answers on 127.0.0.1:5432) and memory (the Axon Server setup).
 */
class IdempotencyStoreTest {

    private static final String SCOPE = "region-stockholm/manager";
    private static final IdempotencyStore.StoredResponse CREATED = new IdempotencyStore.StoredResponse(201,
            "/api/needs/need-1", "\"0\"", "application/json", "{\"id\":\"need-1\",\"version\":0}");

    private Instant now = Instant.parse("2026-11-26T08:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    private IdempotencyStore store(String kind) throws SQLException {
        Duration lease = Duration.ofSeconds(60);
        return switch (kind) {
            case "memory" -> new InMemoryIdempotencyStore(clock, lease);
            case "h2" -> {
                JdbcDataSource h2 = new JdbcDataSource();
                h2.setURL("jdbc:h2:mem:idempotency-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
                yield new JdbcIdempotencyStore(h2, clock, lease, Duration.ofHours(24));
            }
            default -> new JdbcIdempotencyStore(postgres(), clock, lease, Duration.ofHours(24));
        };
    }

    private String postgresDatabase;

    @AfterEach
    void dropPostgresDatabase() throws SQLException {
        if (postgresDatabase != null) {
            try (Connection connection = admin().getConnection(); Statement sql = connection.createStatement()) {
                sql.execute("DROP DATABASE IF EXISTS " + postgresDatabase);
            }
        }
    }

    private static PGSimpleDataSource admin() {
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setUrl("jdbc:postgresql://127.0.0.1:5432/postgres");
        admin.setUser("postgres");
        return admin;
    }

    private PGSimpleDataSource postgres() {
        PGSimpleDataSource admin = admin();
        String database = "ledger_idem_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = admin.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("CREATE DATABASE " + database);
            postgresDatabase = database;
        } catch (SQLException e) {
            String why = "PostgreSQL not reachable at 127.0.0.1:5432 (" + e.getMessage() + "): skipping";
            System.err.println(why);
            Assumptions.abort(why);
        }
        PGSimpleDataSource fresh = new PGSimpleDataSource();
        fresh.setUrl("jdbc:postgresql://127.0.0.1:5432/" + database);
        fresh.setUser("postgres");
        return fresh;
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "h2", "postgres"})
    void theFirstRequestRunsAndItsTwinGetsItsAnswer(String kind) throws SQLException {
        IdempotencyStore store = store(kind);
        assertThat(store.reserve(SCOPE, "k1", "fp-a")).isInstanceOf(IdempotencyStore.Reserved.class);
        assertThat(store.reserve(SCOPE, "k1", "fp-a")).as("while it runs")
                .isEqualTo(new IdempotencyStore.InProgress(false));
        store.complete(SCOPE, "k1", CREATED);
        assertThat(store.reserve(SCOPE, "k1", "fp-a")).isEqualTo(new IdempotencyStore.Replay(CREATED));
        assertThat(store.reserve(SCOPE, "k1", "fp-b")).isInstanceOf(IdempotencyStore.Mismatch.class);
        assertThat(store.reserve("region-skane/manager", "k1", "fp-b")).as("another caller's key")
                .isInstanceOf(IdempotencyStore.Reserved.class);
        assertThat(store.find(SCOPE, "k1")).contains(CREATED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "h2", "postgres"})
    void aFailedRequestFreesItsKeyButNeverAFinishedOne(String kind) throws SQLException {
        IdempotencyStore store = store(kind);
        store.reserve(SCOPE, "k2", "fp-a");
        store.release(SCOPE, "k2");
        assertThat(store.reserve(SCOPE, "k2", "fp-corrected")).isInstanceOf(IdempotencyStore.Reserved.class);
        store.complete(SCOPE, "k2", CREATED);
        store.release(SCOPE, "k2");
        assertThat(store.reserve(SCOPE, "k2", "fp-corrected")).isEqualTo(new IdempotencyStore.Replay(CREATED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "h2", "postgres"})
    void aFirstRequestThatNeverFinishedIsReportedAsStaleAfterTheLease(String kind) throws SQLException {
        IdempotencyStore store = store(kind);
        store.reserve(SCOPE, "k3", "fp-a");
        now = now.plus(Duration.ofSeconds(61));
        assertThat(store.reserve(SCOPE, "k3", "fp-a")).isEqualTo(new IdempotencyStore.InProgress(true));
    }
}
