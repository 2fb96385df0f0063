package org.innovationledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.bwaldvogel.mongo.MongoServer;
import org.innovationledger.app.audit.ChainVerifierCli;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.app.Answers.created;
import static org.innovationledger.app.Answers.ok;
import static org.innovationledger.app.PortfolioJourney.assertProblem;

/**
 * Tamper evidence over HTTP and from the command line: five events (four of Region Stockholm, one of Region
 * Västerbotten) are chained and verify; one stored event changed directly in the database is reported ALTERED at
 * its position, an event slipped into a chained gap INSERTED, a deleted one MISSING, by the endpoint and by the
 * command-line verifier alike; exports of the region and of one aggregate verify offline, contain no other
 * region's events, and one character changed in a line is found at that line's position.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TamperEvidenceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path data;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws IOException {
        data = Files.createTempDirectory("ledger-tamper-test");
        registry.add("ledger.data-dir", data::toString);
        registry.add("ledger.demo", () -> "false");
        registry.add("ledger.audit.chain.interval", () -> "100ms");
        registry.add("ledger.audit.chain.gap-timeout", () -> "1s");
        registry.add("ledger.audit.chain.checkpoint-interval", () -> "4");
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSourceProperties dataSource;
    @Autowired
    MongoServer embeddedMongo;

    @Test
    void changesToStoredEventsAreFoundAtTheirPositions() throws Exception {
        assertThat(jdbc.queryForObject("select count(*) from DomainEventEntry", Long.class)).isZero();
        LedgerClient stockholm = new LedgerClient("http://127.0.0.1:" + port, "region-stockholm");
        LedgerClient auditor = stockholm.asTestUser("auditor", "region-stockholm");
        LedgerClient vasterbottensAuditor = stockholm.asTestUser("auditor", "region-vasterbotten");
        String region = created(stockholm.post("/api/organisation-units", """
                {"name":"Region Stockholm","kind":"REGION","reason":"test"}"""));                   // position 1
        String unit = created(stockholm.post("/api/organisation-units", """
                {"name":"Innovationsenheten","kind":"ADMINISTRATION","parentId":"%s","reason":"test"}"""
                .formatted(region)));                                                               // position 2
        ok(stockholm.post("/api/organisation-units/" + unit + "/rename", """
                {"newName":"Innovationscentrum","effectiveFrom":"2022-01-01","reason":"Beslut RS 2021-0133"}"""));
        String vasterbotten = created(stockholm.asTenant("region-vasterbotten").post("/api/organisation-units", """
                {"name":"Region Västerbotten","kind":"REGION","reason":"test"}"""));                // position 4
        ok(stockholm.post("/api/organisation-units/" + region + "/rename", """
                {"newName":"Region Stockholm (RS)","effectiveFrom":"2022-01-01","reason":"test"}"""));  // position 5
        assertThat(positionsOf(region)).containsExactly(1L, 5L);
        assertThat(positionsOf(unit)).containsExactly(2L, 3L);
        assertThat(positionsOf(vasterbotten)).containsExactly(4L);

        // ---- chained, with a checkpoint at 4, and verified ----
        JsonNode status = auditor.await("/api/audit/chain",
                r -> r.status() == 200 && r.json().path("chainedUpTo").asLong() == 5).json();
        assertThat(status.get("storeHead").asLong()).isEqualTo(5);
        assertThat(status.get("headHash").asText()).matches("[0-9a-f]{64}");
        assertThat(status.get("lastCheckpoint").get("position").asLong()).isEqualTo(4);
        assertThat(status.get("checkpointInterval").asInt()).isEqualTo(4);
        JsonNode checkpoints = ok(auditor.get("/api/audit/chain/checkpoints"));
        assertThat(checkpoints).hasSize(1);
        assertThat(checkpoints.get(0).get("hash").asText())
                .isEqualTo(status.get("lastCheckpoint").get("hash").asText());
        assertVerified(auditor, 5, 0);
        assertProblem(stockholm.get("/api/audit/chain/verification"), 403, "ROLE_NOT_ALLOWED");
        assertProblem(auditor.get("/api/audit/chain/verification?from=x"), 400, "INVALID_INPUT");

        // ---- exports: the region's, one aggregate's; offline verification ----
        LedgerClient.Response regionExport = auditor.get("/api/audit/export");
        assertThat(regionExport.status()).isEqualTo(200);
        assertThat(regionExport.contentType()).startsWith("application/x-ndjson");
        assertThat(regionExport.header("Ledger-Chained-Up-To")).isEqualTo("5");
        assertThat(regionExport.header("Ledger-Chain-Head-Hash")).isEqualTo(status.get("headHash").asText());
        List<JsonNode> lines = lines(regionExport.raw().body());
        assertThat(lines).extracting(line -> line.get("position").asLong()).containsExactly(1L, 2L, 3L, 5L);
        assertThat(lines).allSatisfy(line -> assertThat(JSON.readTree(line.get("metadata").asText()).get("tenant")
                .asText()).isEqualTo("region-stockholm"));
        assertThat(regionExport.raw().body()).doesNotContain(vasterbotten).doesNotContain("Västerbotten");
        assertThat(lines.get(2).get("payload").asText()).contains("\"newName\":\"Innovationscentrum\"");
        assertThat(lines.get(2).get("previousHash").asText()).isEqualTo(lines.get(1).get("hash").asText());
        Path regionFile = write("region-stockholm.jsonl", regionExport.raw().body());
        assertThat(cli("--export=" + regionFile)).isEqualTo(new Cli(0, "OK: " + regionFile + ": 4 lines, positions"
                + " 1 to 5, every hash recomputed from its line, 2 links between consecutive positions checked"));

        LedgerClient.Response vasterbottensExport = vasterbottensAuditor.get("/api/audit/export");
        assertThat(vasterbottensExport.status()).isEqualTo(200);
        assertThat(lines(vasterbottensExport.raw().body())).extracting(line -> line.get("position").asLong())
                .containsExactly(4L);

        LedgerClient.Response unitExport = auditor.get("/api/audit/export?aggregateId=" + unit);
        assertThat(lines(unitExport.raw().body())).extracting(line -> line.get("position").asLong())
                .containsExactly(2L, 3L);
        Path unitFile = write("unit.jsonl", unitExport.raw().body());
        assertThat(cli("--export=" + unitFile).status()).isZero();
        assertProblem(vasterbottensAuditor.get("/api/audit/export?aggregateId=" + unit), 404, "AGGREGATE_UNKNOWN");
        assertProblem(auditor.get("/api/audit/export?aggregateId=unit-unknown"), 404, "AGGREGATE_UNKNOWN");

        String flipped = regionExport.raw().body().replace("Innovationscentrum", "Innovationscentrun");
        Path flippedFile = write("flipped.jsonl", flipped);
        Cli broken = cli("--export=" + flippedFile);
        assertThat(broken.status()).isEqualTo(1);
        assertThat(broken.out()).startsWith("BROKEN at position 3, line 3 of " + flippedFile
                + ": the hash does not match the line's fields");

        // ---- the live stores from the command line, against the stored chain and against checkpoints ----
        Path checkpointFile = write("checkpoints.json", checkpoints.toString());
        assertThat(cliOnStores("--mongo-uri=" + embeddedMongo.getConnectionString()))
                .isEqualTo(new Cli(0, "OK: the event table against the stored chain: positions 1 to 5 (events 5,"
                        + " gaps 0, checkpoints 1); chained up to 5; stored up to 5"));
        assertThat(cliOnStores("--checkpoints=" + checkpointFile)).isEqualTo(new Cli(0, "OK: the event table against"
                + " 1 checkpoint(s) from " + checkpointFile + ": positions 1 to 4 (events 4, gaps 0, checkpoints 1);"
                + " stored up to 5"));

        // ---- one stored event changed in the database: ALTERED at its position ----
        byte[] original = jdbc.queryForObject("select metaData from DomainEventEntry where globalIndex = 3",
                byte[].class);
        String forged = new String(original, StandardCharsets.UTF_8)
                .replace("\"principal\":\"manager@region-stockholm\"", "\"principal\":\"someone-else\"");
        assertThat(forged).isNotEqualTo(new String(original, StandardCharsets.UTF_8));
        jdbc.update("update DomainEventEntry set metaData = ? where globalIndex = 3",
                (Object) forged.getBytes(StandardCharsets.UTF_8));

        JsonNode altered = ok(auditor.get("/api/audit/chain/verification"));
        assertThat(altered.get("status").asText()).isEqualTo("BROKEN");
        assertThat(altered.get("verifiedUpTo").asLong()).isEqualTo(2);
        assertThat(altered.get("firstBroken").get("position").asLong()).isEqualTo(3);
        assertThat(altered.get("firstBroken").get("problem").asText()).isEqualTo("ALTERED");
        assertThat(altered.get("firstBroken").get("detail").asText()).contains("aggregate " + unit + " sequence 1");
        Cli alteredOnStores = cliOnStores("--mongo-uri=" + embeddedMongo.getConnectionString());
        assertThat(alteredOnStores.status()).isEqualTo(1);
        assertThat(alteredOnStores.out()).startsWith("BROKEN at position 3: ALTERED: the stored event differs");
        assertThat(cliOnStores("--checkpoints=" + checkpointFile).out())
                .startsWith("BROKEN at position 4: CHAIN_BROKEN: the events up to here do not give the checkpoint's"
                        + " hash: an event after position 0 and up to 4 was changed");
        Path tamperedExport = write("tampered.jsonl", auditor.get("/api/audit/export").raw().body());
        assertThat(cli("--export=" + tamperedExport).out()).as("an export of the changed store shows it too")
                .startsWith("BROKEN at position 3, line 3");

        jdbc.update("update DomainEventEntry set metaData = ? where globalIndex = 3", (Object) original);
        assertVerified(auditor, 5, 0);

        // ---- a gap chained after the gap timeout, then an event slipped into it: INSERTED ----
        insertCopyOf(5, 7, "tampering-1");
        auditor.await("/api/audit/chain", r -> r.json().path("chainedUpTo").asLong() == 7);
        assertVerified(auditor, 6, 1);
        insertCopyOf(5, 6, "tampering-2");
        JsonNode inserted = ok(auditor.get("/api/audit/chain/verification")).get("firstBroken");
        assertThat(inserted.get("position").asLong()).isEqualTo(6);
        assertThat(inserted.get("problem").asText()).isEqualTo("INSERTED");
        assertThat(cliOnStores("--mongo-uri=" + embeddedMongo.getConnectionString()).out())
                .startsWith("BROKEN at position 6: INSERTED");
        jdbc.update("delete from DomainEventEntry where globalIndex = 6");
        assertVerified(auditor, 6, 1);

        // ---- a deleted event: MISSING ----
        jdbc.update("delete from DomainEventEntry where globalIndex = 2");
        JsonNode missing = ok(auditor.get("/api/audit/chain/verification"));
        assertThat(missing.get("firstBroken").get("position").asLong()).isEqualTo(2);
        assertThat(missing.get("firstBroken").get("problem").asText()).isEqualTo("MISSING");
        assertThat(ok(auditor.get("/api/audit/chain/verification?from=3")).get("status").asText())
                .as("after the missing one, the rest holds").isEqualTo("OK");
        Cli missingOnStores = cliOnStores("--mongo-uri=" + embeddedMongo.getConnectionString());
        assertThat(missingOnStores.status()).isEqualTo(1);
        assertThat(missingOnStores.out()).startsWith("BROKEN at position 2: MISSING");
    }

    private static void assertVerified(LedgerClient auditor, long events, long gaps) {
        JsonNode verification = ok(auditor.get("/api/audit/chain/verification"));
        assertThat(verification.get("status").asText()).as(verification.toString()).isEqualTo("OK");
        assertThat(verification.get("from").asLong()).isEqualTo(1);
        assertThat(verification.get("to").asLong()).isEqualTo(events + gaps);
        assertThat(verification.get("verifiedUpTo").asLong()).isEqualTo(events + gaps);
        assertThat(verification.get("eventsChecked").asLong()).isEqualTo(events);
        assertThat(verification.get("gapsChecked").asLong()).isEqualTo(gaps);
        assertThat(verification.get("firstBroken").isNull()).isTrue();
    }

    /** A row written past the service, as someone with database access would: a copy of another, elsewhere. */
    private void insertCopyOf(long position, long at, String aggregate) {
        jdbc.update("insert into DomainEventEntry (globalIndex, eventIdentifier, aggregateIdentifier, sequenceNumber,"
                + " type, payloadType, payloadRevision, timeStamp, payload, metaData) select ?, ?, ?, 0, type,"
                + " 'org.innovationledger.test.Tampered', payloadRevision, timeStamp, payload, metaData"
                + " from DomainEventEntry where globalIndex = ?", at, aggregate + "-event", aggregate, position);
    }

    private List<Long> positionsOf(String aggregate) {
        return jdbc.queryForList("select globalIndex from DomainEventEntry where aggregateIdentifier = ?"
                + " order by globalIndex", Long.class, aggregate);
    }

    private static List<JsonNode> lines(String body) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : body.split("\n")) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    private static Path write(String name, String content) throws IOException {
        return Files.writeString(data.resolve(name), content, StandardCharsets.UTF_8);
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

    private Cli cliOnStores(String against) {
        return cli("--jdbc-url=" + dataSource.getUrl(), "--user=sa", "--password=", against);
    }
}
