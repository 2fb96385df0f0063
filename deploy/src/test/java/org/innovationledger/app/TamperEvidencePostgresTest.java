package org.innovationledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import de.bwaldvogel.mongo.MongoServer;
import org.innovationledger.app.audit.ChainVerifierCli;
import org.innovationledger.query.audit.chain.ChainHash;
import org.innovationledger.query.audit.chain.EventTable;
import org.innovationledger.query.audit.chain.StoredEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.app.Answers.created;
import static org.innovationledger.app.Answers.ok;

/**
 * The chain on PostgreSQL, when a server is reachable: built over the BYTEA event table, verified, a changed row
 * found ALTERED at its position over HTTP and from the command line; and the same events in a table whose payload
 * and metadata are large objects ({@code oid} columns, as a JPA-created table has) give the same hashes.
 */
class TamperEvidencePostgresTest {

    @TempDir
    Path data;

    @Test
    void theChainHoldsOnPostgres() throws Exception {
        PostgresDatabase.assumeAvailable();
        try (PostgresDatabase db = new PostgresDatabase(); PostgresDatabase copy = new PostgresDatabase();
             ConfigurableApplicationContext app = new SpringApplicationBuilder(InnovationLedgerApplication.class)
                     .run("--server.port=0", "--spring.profiles.active=postgres", "--ledger.data-dir=" + data,
                             "--spring.datasource.url=" + db.jdbcUrl(),
                             "--spring.datasource.username=" + PostgresDatabase.USER,
                             "--ledger.audit.chain.interval=100ms", "--ledger.audit.chain.checkpoint-interval=2")) {
            int port = ((ServletWebServerApplicationContext) app).getWebServer().getPort();
            LedgerClient manager = new LedgerClient("http://127.0.0.1:" + port, "region-stockholm");
            LedgerClient auditor = manager.asTestUser("auditor", "region-stockholm");
            String region = created(manager.post("/api/organisation-units", """
                    {"name":"Region Stockholm","kind":"REGION","reason":"test"}"""));
            ok(manager.post("/api/organisation-units/" + region + "/rename", """
                    {"newName":"Region Stockholm (RS)","effectiveFrom":"2022-01-01","reason":"Beslut"}"""));
            created(manager.post("/api/organisation-units", """
                    {"name":"Patientnämnden","kind":"BOARD","parentId":"%s","reason":"test"}""".formatted(region)));
            auditor.await("/api/audit/chain", r -> r.status() == 200 && r.json().path("chainedUpTo").asLong() == 3);
            JsonNode verified = ok(auditor.get("/api/audit/chain/verification"));
            assertThat(verified.get("status").asText()).isEqualTo("OK");
            assertThat(verified.get("eventsChecked").asLong()).isEqualTo(3);
            assertThat(verified.get("checkpointsChecked").asLong()).isEqualTo(1);
            String mongo = "--mongo-uri=" + app.getBean(MongoServer.class).getConnectionString();
            Path checkpoints = Files.writeString(data.resolve("checkpoints.json"),
                    auditor.get("/api/audit/chain/checkpoints").raw().body());

            // ---- the same rows in a table with large objects (oid) instead of BYTEA ----
            EventTable bytea = new EventTable(new DriverManagerDataSource(db.jdbcUrl(), PostgresDatabase.USER, ""));
            List<StoredEvent> rows = bytea.between(1, 3, 10);
            copyWithLargeObjects(rows, copy.jdbcUrl());
            List<StoredEvent> fromLargeObjects = new EventTable(new DriverManagerDataSource(copy.jdbcUrl(),
                    PostgresDatabase.USER, "")).between(1, 3, 10);
            assertThat(fromLargeObjects).hasSize(3);
            for (int i = 0; i < 3; i++) {
                assertThat(fromLargeObjects.get(i).payload()).isEqualTo(rows.get(i).payload());
                assertThat(fromLargeObjects.get(i).metaData()).isEqualTo(rows.get(i).metaData());
                assertThat(ChainHash.event(ChainHash.GENESIS, fromLargeObjects.get(i)))
                        .isEqualTo(ChainHash.event(ChainHash.GENESIS, rows.get(i)));
            }
            assertThat(cli("--jdbc-url=" + copy.jdbcUrl(), "--user=" + PostgresDatabase.USER, mongo,
                    "--checkpoints=" + checkpoints).status()).as("the oid table against the stored chain").isZero();

            // ---- one row changed in PostgreSQL ----
            try (Connection sql = DriverManager.getConnection(db.jdbcUrl(), PostgresDatabase.USER, "");
                 PreparedStatement change = sql.prepareStatement(
                         "update domainevententry set payload = ? where globalindex = 2")) {
                change.setBytes(1, "{\"newName\":\"Region Stockholm (ändrat)\"}".getBytes(StandardCharsets.UTF_8));
                assertThat(change.executeUpdate()).isEqualTo(1);
            }
            JsonNode broken = ok(auditor.get("/api/audit/chain/verification")).get("firstBroken");
            assertThat(broken.get("position").asLong()).isEqualTo(2);
            assertThat(broken.get("problem").asText()).isEqualTo("ALTERED");
            Cli onStores = cli("--jdbc-url=" + db.jdbcUrl(), "--user=" + PostgresDatabase.USER, mongo);
            assertThat(onStores.status()).isEqualTo(1);
            assertThat(onStores.out()).startsWith("BROKEN at position 2: ALTERED");
        }
    }

    /** Axon's table as the JDBC engine names it, with payload and metadata as large objects. */
    private static void copyWithLargeObjects(List<StoredEvent> rows, String url) throws Exception {
        try (Connection sql = DriverManager.getConnection(url, PostgresDatabase.USER, "")) {
            try (Statement create = sql.createStatement()) {
                create.execute("""
                        CREATE TABLE DomainEventEntry (globalIndex BIGINT NOT NULL PRIMARY KEY,
                        aggregateIdentifier VARCHAR(255) NOT NULL, sequenceNumber BIGINT NOT NULL, type VARCHAR(255),
                        eventIdentifier VARCHAR(255) NOT NULL, metaData OID, payload OID NOT NULL,
                        payloadRevision VARCHAR(255), payloadType VARCHAR(255) NOT NULL,
                        timeStamp VARCHAR(255) NOT NULL)""");
            }
            try (PreparedStatement insert = sql.prepareStatement("INSERT INTO DomainEventEntry (globalIndex,"
                    + " eventIdentifier, aggregateIdentifier, sequenceNumber, type, payloadType, payloadRevision,"
                    + " timeStamp, payload, metaData) VALUES (?, ?, ?, ?, ?, ?, ?, ?, lo_from_bytea(0, ?),"
                    + " lo_from_bytea(0, ?))")) {
                for (StoredEvent row : rows) {
                    insert.setLong(1, row.position());
                    insert.setString(2, row.eventIdentifier());
                    insert.setString(3, row.aggregateIdentifier());
                    insert.setLong(4, row.sequenceNumber());
                    insert.setString(5, row.type());
                    insert.setString(6, row.payloadType());
                    insert.setString(7, row.payloadRevision());
                    insert.setString(8, row.timeStamp());
                    insert.setBytes(9, row.payload());
                    insert.setBytes(10, row.metaData());
                    insert.executeUpdate();
                }
            }
        }
    }

    record Cli(int status, String out) {
    }

    private static Cli cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ChainVerifierCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        return new Cli(status, out.toString(StandardCharsets.UTF_8).strip());
    }
}
