package org.innovationledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.time.Instant;
import java.util.Date;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.app.Answers.created;

/**
 * A replay outlives the instance driving it: when its coordinator falls silent (here: the record says another
 * instance drives it, whose heartbeat stopped a minute ago, as a killed instance leaves it) another instance takes
 * it over after {@code ledger.replay.coordinator-timeout} and finishes it. And a group left stopping by a replay
 * that was never recorded gets its processor back. Here the previous generation is kept, for comparison.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ledger.replay.coordinator-timeout=2s", "ledger.replay.retire-delay=1s",
                "ledger.replay.keep-previous-generation=true"})
class ReplayTakeoverTest {

    static final String UNITS = "organisation-units";
    static final ReplayGate GATE = new ReplayGate(1);

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) throws Exception {
        String dir = Files.createTempDirectory("ledger-replay-takeover-test").toString();
        registry.add("ledger.data-dir", () -> dir);
        registry.add("ledger.demo", () -> "false");
    }

    @TestConfiguration
    static class HeldReplays {
        @Bean
        ConfigurerModule replayGate() {
            return configurer -> configurer.eventProcessing().registerHandlerInterceptor(UNITS, c -> GATE);
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    EventProcessingConfiguration processing;

    @AfterEach
    void open() {
        GATE.open();
    }

    @Test
    void aReplayWhoseCoordinatorFellSilentIsFinishedByAnotherInstance() throws Exception {
        LedgerClient manager = new LedgerClient("http://127.0.0.1:" + port, "region-vasterbotten");
        String first = created(manager.post("/api/organisation-units", """
                {"name":"Norrlands universitetssjukhus","kind":"HOSPITAL","reason":"r"}"""));
        String second = created(manager.post("/api/organisation-units", """
                {"name":"Skellefteå lasarett","kind":"HOSPITAL","reason":"r"}"""));
        JsonNode units = manager.await("/api/organisation-units", r -> r.json().size() == 2).json();

        GATE.close();
        LedgerClient admin = manager.asTestUser("admin", "region-vasterbotten");
        String location = admin.post("/api/admin/replays", """
                {"processingGroup":"organisation-units","reason":"r"}""").header("Location");
        assertThat(GATE.awaitHolding()).isTrue();
        String coordinator = await(admin, location, r -> "REPLAYING".equals(r.get("state").asText()))
                .get("coordinator").asText();

        String id = location.substring(location.lastIndexOf('/') + 1);
        Date aMinuteAgo = Date.from(Instant.now().minusSeconds(60));
        mongo.getCollection("read_model_replays").updateOne(new Document("_id", id), new Document("$set",
                new Document("coordinator", "4711@killed-host/0000").append("heartbeat", aMinuteAgo)));
        GATE.open();

        JsonNode done = await(admin, location, r -> "DONE".equals(r.get("state").asText()));
        assertThat(done.get("coordinator").asText()).as("taken over").isEqualTo(coordinator);
        assertThat(manager.get("/api/organisation-units").json()).isEqualTo(units);
        assertThat(manager.get("/api/organisation-units/" + first).status()).isEqualTo(200);
        assertThat(manager.get("/api/organisation-units/" + second).status()).isEqualTo(200);
        JsonNode kept = await(admin, location, r -> !r.get("groups").get(0).path("previousGeneration").isNull());
        assertThat(kept.get("groups").get(0).get("previousGeneration").asText()).isEqualTo("kept");
        assertThat(mongo.getCollection("organisation_units").countDocuments()).as("generation 0, kept").isEqualTo(2);
        JsonNode generations = admin.get("/api/admin/replays/generations").json();
        for (JsonNode group : generations) {
            if (group.get("processingGroup").asText().equals(UNITS)) {
                assertThat(group.get("readingGeneration").asInt()).isEqualTo(1);
            }
        }
    }

    @Test
    void aGroupLeftStoppingByAReplayNeverRecordedGetsItsProcessorBack() throws Exception {
        StreamingEventProcessor missions = processing.eventProcessor("missions", StreamingEventProcessor.class)
                .orElseThrow();
        mongo.getCollection("read_model_generations").insertOne(new Document("_id", "missions")
                .append("reading", 0).append("writing", 0).append("state", "STOPPING")
                .append("replayId", "never-recorded").append("changedAt", new Date()));
        long deadline = System.currentTimeMillis() + 30_000;
        boolean stopped = false;
        while (System.currentTimeMillis() < deadline && !(stopped && missions.isRunning())) {
            stopped |= !missions.isRunning();
            Thread.sleep(20);
        }
        assertThat(stopped).as("the processor was stopped while the group was marked stopping").isTrue();
        assertThat(missions.isRunning()).as("and started again once the mark was found orphaned").isTrue();
        Document entry = mongo.getCollection("read_model_generations").find(new Document("_id", "missions")).first();
        assertThat(entry.getString("state")).isEqualTo("IDLE");
        assertThat(entry.getInteger("reading")).isZero();
    }

    private static JsonNode await(LedgerClient client, String path, Predicate<JsonNode> until)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        JsonNode last;
        do {
            last = client.get(path).json();
            assertThat(last.path("state").asText()).as(last.toString()).isNotEqualTo("FAILED");
            if (until.test(last)) {
                return last;
            }
            Thread.sleep(50);
        } while (System.currentTimeMillis() < deadline);
        throw new AssertionError(path + " not there within 60 s: " + last);
    }
}
