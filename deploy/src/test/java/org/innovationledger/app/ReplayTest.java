package org.innovationledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.innovationledger.app.demo.DemoLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.app.Answers.created;
import static org.innovationledger.app.PortfolioJourney.assertProblem;

/**
 * Rebuilding read models while the service keeps answering, on the demo portfolio (documents in every read model):
 * a replay of the portfolio, then of all processing groups, each held half-way (a {@link ReplayGate} on the
 * portfolio's processor) while queries answer as before the replay, with the same content, and commands are
 * accepted; once done, every document of the rebuilt generations equals the one read before the replay, field for
 * field, the commands' documents come on top, and the previous generation is dropped. Refusals: unknown group,
 * missing reason, a group already replaying, a manager asking.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ledger.replay.retire-delay=2s"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplayTest {

    static final String TENANT = "region-stockholm";
    static final String PORTFOLIO = "portfolio";
    static final List<String> PORTFOLIO_COLLECTIONS =
            List.of("portfolio_initiatives", "portfolio_process_models", "portfolio_units");
    /** Every processing group of the query side: each has a tracking processor, so each can be replayed. */
    static final List<String> GROUPS = List.of("accounts-editions", "agreements", "audit-trail", "barriers", "funding",
            "gate-decisions", "indicators", "initiative-timeline", "missions", "needs", "organisation-units",
            "partners", "portfolio", "process-models", "value-models", "value-realisation");

    static final ReplayGate GATE = new ReplayGate(40);

    @DynamicPropertySource
    static void demoOnAFreshFolder(DynamicPropertyRegistry registry) throws Exception {
        String dir = Files.createTempDirectory("ledger-replay-test").toString();
        registry.add("ledger.data-dir", () -> dir);
        registry.add("ledger.demo", () -> "true");
    }

    @TestConfiguration
    static class HeldReplays {
        @Bean
        ConfigurerModule replayGate() {
            return configurer -> configurer.eventProcessing().registerHandlerInterceptor(PORTFOLIO, c -> GATE);
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    DemoLoader demo;
    @Autowired
    EventStore eventStore;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    MongoClient mongoClient;

    @AfterEach
    void neverLeaveAReplayHeld() {
        GATE.open();
    }

    @Test
    @Order(1)
    void refusals() {
        LedgerClient admin = admin();
        assertProblem(manager().post("/api/admin/replays", """
                {"processingGroup":"portfolio","reason":"r"}"""), 403, "ROLE_NOT_ALLOWED");
        assertProblem(manager().get("/api/admin/replays"), 403, "ROLE_NOT_ALLOWED");
        LedgerClient.Response unknown = admin.post("/api/admin/replays", """
                {"processingGroup":"portfölj","reason":"r"}""");
        assertProblem(unknown, 400, "UNKNOWN_PROCESSING_GROUP");
        assertThat(texts(unknown.json().get("knownGroups"))).as("the known groups, listed")
                .containsExactlyElementsOf(GROUPS);
        assertThat(unknown.json().get("detail").asText()).contains("portfölj").contains("all, ")
                .contains("value-realisation");
        assertProblem(admin.post("/api/admin/replays", """
                {"processingGroup":"portfolio"}"""), 400, "INVALID_INPUT");
        assertProblem(admin.post("/api/admin/replays", """
                {"processingGroup":"portfolio","reason":"  "}"""), 400, "INVALID_INPUT");
        assertProblem(admin.post("/api/admin/replays", """
                {"reason":"r"}"""), 400, "INVALID_INPUT");
        assertProblem(admin.post("/api/admin/replays", """
                {"processingGroup":"portfolio","reason":"%s"}""".formatted("x".repeat(501))), 400, "INVALID_INPUT");
        assertThat(admin.post("/api/admin/replays", """
                {"processingGroup":"portfolio","reason":"r","fromPosition":5}""").status())
                .as("no field beyond the two").isEqualTo(400);
        assertProblem(admin.get("/api/admin/replays/no-such-replay"), 404, "REPLAY_UNKNOWN");
        assertThat(admin.get("/api/admin/replays").json()).as("nothing was started").isEmpty();
    }

    @Test
    @Order(2)
    void rebuildsOneGroupThenAllWhileQueriesKeepAnsweringFromTheCompleteGeneration() throws Exception {
        assertThat(demo.result().outcome()).isEqualTo(DemoLoader.Outcome.LOADED);
        MongoDatabase configured = mongo.getDb();
        LedgerClient admin = admin();
        // the demo has no process model of a region's own: one, so that its read models are rebuilt too
        created(admin.post("/api/process-models", """
                {"name":"Snabbspår","source":"Beslut i innovationsrådet",
                 "phases":[{"code":"BEHOV","name":"Behov","stage":"INTAKE"},
                           {"code":"TEST","name":"Test","stage":"TEST","entryRequirements":["CARE_UNIT_ANCHORING"]}],
                 "gates":[{"code":"G1","name":"Till test","fromPhase":"BEHOV",
                           "transitions":[{"outcome":"PROCEED","toPhase":"TEST"},{"outcome":"DISCONTINUE"}]}],
                 "startPhase":"BEHOV","partnership":false,"reason":"Eget spår för snabba förbättringar"}"""));
        awaitReadSideCaughtUp();

        // ---- one group: the portfolio ----
        ReadModelSnapshot before = ReadModelSnapshot.of(configured);
        assertThat(before.collections()).containsAll(PORTFOLIO_COLLECTIONS);
        assertThat(before.documents().get("portfolio_initiatives")).as("the demo's 48 initiatives").hasSize(48);
        assertThat(before.size()).as("documents in every read model").isGreaterThan(500);
        Map<String, JsonNode> answers = answers();
        long head = head();

        GATE.close();
        LedgerClient.Response accepted = admin.post("/api/admin/replays", """
                {"processingGroup":"portfolio","reason":"Portföljens läsmodell byggs om efter rättad projektion"}""");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        JsonNode replay = accepted.json();
        String location = "/api/admin/replays/" + replay.get("id").asText();
        assertThat(accepted.header("Location")).isEqualTo(location);
        assertThat(replay.get("processingGroup").asText()).isEqualTo(PORTFOLIO);
        assertThat(replay.get("state").asText()).isEqualTo("STOPPING");
        assertThat(replay.get("requestedBy").get("principal").asText()).isEqualTo("admin@" + TENANT);
        assertThat(replay.get("requestedBy").get("role").asText()).isEqualTo("ADMIN");
        assertThat(replay.get("reason").asText()).isEqualTo("Portföljens läsmodell byggs om efter rättad projektion");
        JsonNode group = replay.get("groups").get(0);
        assertThat(group.get("fromGeneration").asInt()).isZero();
        assertThat(group.get("toGeneration").asInt()).isEqualTo(1);
        assertThat(group.get("fromDatabase").asText()).isEqualTo("innovation_ledger");
        assertThat(group.get("toDatabase").asText()).isEqualTo("innovation_ledger__portfolio__g1");

        LedgerClient.Response busy = admin.post("/api/admin/replays", """
                {"processingGroup":"all","reason":"r"}""");
        assertProblem(busy, 409, "REPLAY_IN_PROGRESS");
        assertThat(texts(busy.json().get("processingGroups"))).containsExactly(PORTFOLIO);
        assertProblem(admin.post("/api/admin/replays", """
                {"processingGroup":"portfolio","reason":"r"}"""), 409, "REPLAY_IN_PROGRESS");

        assertThat(GATE.awaitHolding()).as("the replay reached the gate").isTrue();
        JsonNode held = awaitReplay(location, r -> r.get("groups").get(0).path("position").asLong() > 0);
        assertThat(held.get("state").asText()).isEqualTo("REPLAYING");
        JsonNode progress = held.get("groups").get(0);
        assertThat(progress.get("resetPosition").asLong()).as("where the live processor stood").isEqualTo(head);
        assertThat(progress.get("headPosition").asLong()).isEqualTo(head);
        assertThat(progress.get("position").asLong()).as("half-way").isLessThan(head);
        assertThat(progress.get("percent").asDouble()).isLessThan(100.0);

        assertThat(gauge(admin, "ledger.replay.progress", PORTFOLIO)).as("progress, as a gauge").isLessThan(1.0);
        assertThat(gauge(admin, "ledger.replay.progress", "needs")).as("not replaying").isEqualTo(1.0);
        assertThat(gauge(admin, "ledger.read_model.generation", PORTFOLIO)).isZero();
        assertAnswersAsBefore(answers, "while the portfolio replays");
        String unit = created(manager().post("/api/organisation-units", """
                {"name":"Innovationsenheten Flemingsberg","kind":"TESTBED","reason":"Ny testbädd"}"""));
        String initiative = created(manager().post("/api/initiatives", """
                {"title":"Sensorgolv mot fall","unitId":"%s","origin":"PARTNER_OFFER","partnerName":"Golvbolaget",\
                "processModel":"generic-stage-gate","reason":"Anmält under omläsningen"}""".formatted(unit)));
        manager().await("/api/organisation-units/" + unit, r -> r.status() == 200); // other groups stay live
        assertThat(manager().get("/api/portfolio?size=200").json()).as("the portfolio does not advance meanwhile")
                .isEqualTo(answers.get("/api/portfolio?size=200"));
        assertThat(admin.get(location).json().get("state").asText()).as("all of it happened during the replay")
                .isEqualTo("REPLAYING");

        GATE.open();
        JsonNode done = awaitReplay(location, r -> r.get("state").asText().equals("DONE"));
        JsonNode rebuilt = done.get("groups").get(0);
        assertThat(done.get("finishedAt").isNull()).isFalse();
        assertThat(rebuilt.get("percent").asDouble()).isEqualTo(100.0);
        assertThat(rebuilt.get("position").asLong()).isGreaterThanOrEqualTo(head);
        assertThat(rebuilt.get("eventsPerSecond").asDouble()).isPositive();
        assertThat(rebuilt.get("switchedAt").isNull()).isFalse();

        JsonNode overview = manager().await("/api/portfolio?size=200",
                r -> r.json().get("total").asInt() == 28).json();
        assertThat(overview.get("initiatives").findValuesAsText("initiativeId")).as("the command sent meanwhile")
                .contains(initiative);
        Map<String, List<Document>> added = before.only(PORTFOLIO_COLLECTIONS).assertRebuiltAs(
                ReadModelSnapshot.of(database("innovation_ledger__portfolio__g1")),
                Map.of("portfolio_units", 1, "portfolio_initiatives", 1));
        assertThat(added.get("portfolio_units").get(0).get("_id")).isEqualTo(unit);
        assertThat(added.get("portfolio_initiatives").get(0).get("_id")).isEqualTo(initiative);
        assertThat(added.get("portfolio_initiatives").get(0).get("registration", Document.class).get("title"))
                .isEqualTo("Sensorgolv mot fall");

        awaitReplay(location, r -> "dropped".equals(r.get("groups").get(0).path("previousGeneration").asText()));
        assertThat(ReadModelSnapshot.of(configured).collections()).as("generation 0 of the portfolio is gone")
                .doesNotContainAnyElementsOf(PORTFOLIO_COLLECTIONS);
        assertThat(generation(admin, PORTFOLIO)).isEqualTo(1);
        assertThat(gauge(admin, "ledger.read_model.generation", PORTFOLIO)).isEqualTo(1.0);
        assertThat(manager().get("/api/portfolio?size=200").json()).isEqualTo(overview);

        // ---- every group ----
        awaitReadSideCaughtUp();
        ReadModelSnapshot all = merged(List.of(ReadModelSnapshot.of(configured),
                ReadModelSnapshot.of(database("innovation_ledger__portfolio__g1"))));
        answers = answers();
        head = head();

        GATE.close();
        LedgerClient.Response allAccepted = admin.post("/api/admin/replays", """
                {"processingGroup":"all","reason":"Alla läsmodeller byggs om"}""");
        assertThat(allAccepted.status()).as(allAccepted.toString()).isEqualTo(202);
        String allLocation = allAccepted.header("Location");
        Map<String, JsonNode> groups = byGroup(allAccepted.json());
        assertThat(groups.keySet()).containsExactlyElementsOf(GROUPS);
        assertThat(groups.get(PORTFOLIO).get("fromGeneration").asInt()).isEqualTo(1);
        assertThat(groups.get(PORTFOLIO).get("toGeneration").asInt()).isEqualTo(2);
        assertThat(groups.get("needs").get("toDatabase").asText()).isEqualTo("innovation_ledger__needs__g1");

        assertThat(GATE.awaitHolding()).isTrue();
        assertAnswersAsBefore(answers, "while all groups replay");
        String secondUnit = created(manager().post("/api/organisation-units", """
                {"name":"Innovationsenheten Danderyd","kind":"TESTBED","reason":"Ny testbädd"}"""));
        String secondInitiative = created(manager().post("/api/initiatives", """
                {"title":"Digital tillsyn nattetid","unitId":"%s","origin":"PARTNER_OFFER","partnerName":"Tillsyn AB",\
                "processModel":"generic-stage-gate","reason":"Anmält under omläsningen"}""".formatted(secondUnit)));
        assertThat(manager().get("/api/portfolio?size=200").json()).isEqualTo(answers.get("/api/portfolio?size=200"));
        JsonNode during = admin.get(allLocation).json();
        assertThat(during.get("state").asText()).isEqualTo("REPLAYING");
        assertThat(byGroup(during).get(PORTFOLIO).get("position").asLong()).isLessThan(head);

        GATE.open();
        JsonNode allDone = awaitReplay(allLocation, r -> r.get("state").asText().equals("DONE"));
        assertThat(byGroup(allDone).values()).allSatisfy(g -> assertThat(g.get("state").asText()).isEqualTo("DONE"));
        manager().await("/api/portfolio?size=200", r -> r.json().get("total").asInt() == 29);
        assertThat(manager().get("/api/initiatives/" + secondInitiative).status()).isEqualTo(200);
        assertThat(manager().get("/api/organisation-units/" + secondUnit).status()).isEqualTo(200);

        List<ReadModelSnapshot> generations = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (JsonNode g : byGroup(allDone).values()) {
            ReadModelSnapshot rebuiltGroup = ReadModelSnapshot.of(database(g.get("toDatabase").asText()));
            for (String collection : rebuiltGroup.collections()) {
                assertThat(seen.add(collection)).as(collection + " in two groups' generations").isTrue();
            }
            generations.add(rebuiltGroup);
        }
        Map<String, List<Document>> commanded = all.assertRebuiltAs(merged(generations), Map.of(
                "organisation_units", 1, "portfolio_units", 1, "indicator_units", 1, "agreement_party_names", 1,
                "portfolio_initiatives", 1, "gate_decision_initiatives", 1, "initiative_timeline", 1,
                "audit_trail", 2));
        for (String collection : List.of("organisation_units", "portfolio_units", "indicator_units",
                "agreement_party_names")) {
            assertThat(commanded.get(collection).get(0).get("_id")).as(collection).isEqualTo(secondUnit);
        }
        assertThat(commanded.get("portfolio_initiatives").get(0).get("_id")).isEqualTo(secondInitiative);
        assertThat(commanded.get("gate_decision_initiatives").get(0).get("_id")).isEqualTo(secondInitiative);
        assertThat(commanded.get("initiative_timeline").get(0).get("initiativeId")).isEqualTo(secondInitiative);
        assertThat(commanded.get("audit_trail").stream().map(d -> d.get("aggregateId")))
                .as("the trail has the two events sent during the replay").containsExactlyInAnyOrder(secondUnit,
                        secondInitiative);

        awaitReplay(allLocation, r -> byGroup(r).values().stream()
                .allMatch(g -> "dropped".equals(g.path("previousGeneration").asText())));
        assertThat(ReadModelSnapshot.of(configured).collections()).as("every generation 0 is gone").isEmpty();
        assertThat(mongoClient.listDatabaseNames().into(new ArrayList<>()))
                .doesNotContain("innovation_ledger__portfolio__g1")
                .contains("innovation_ledger__portfolio__g2", "innovation_ledger__needs__g1");
        for (String g : GROUPS) {
            assertThat(generation(admin, g)).as(g).isEqualTo(g.equals(PORTFOLIO) ? 2 : 1);
        }
        JsonNode list = admin.get("/api/admin/replays").json();
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("processingGroup").asText()).as("newest first").isEqualTo("all");
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** Queries over several read models, in several regions, as a portfolio manager reads them. */
    private Map<String, JsonNode> answers() {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        for (String path : List.of("/api/portfolio?size=200", "/api/organisation-units", "/api/needs",
                "/api/gate-decisions", "/api/indicators", "/api/funding-report?year=2021&fund=Innovationsfonden",
                "/api/process-models")) {
            answers.put(path, answer(manager(), path));
        }
        String first = answers.get("/api/portfolio?size=200").get("initiatives").get(0).get("initiativeId").asText();
        answers.put("/api/initiatives/" + first, answer(manager(), "/api/initiatives/" + first));
        answers.put("/api/initiatives/" + first + "/timeline",
                answer(manager(), "/api/initiatives/" + first + "/timeline"));
        answers.put("hovedstaden /api/missions", answer(manager().asTenant("region-hovedstaden"), "/api/missions"));
        answers.put("vasterbotten /api/partners", answer(manager().asTenant("region-vasterbotten"), "/api/partners"));
        answers.put("vasterbotten /api/agreements",
                answer(manager().asTenant("region-vasterbotten"), "/api/agreements"));
        return answers;
    }

    private void assertAnswersAsBefore(Map<String, JsonNode> answers, String when) {
        answers.forEach((key, expected) -> {
            LedgerClient client = key.startsWith("hovedstaden ") ? manager().asTenant("region-hovedstaden")
                    : key.startsWith("vasterbotten ") ? manager().asTenant("region-vasterbotten") : manager();
            String path = key.substring(key.indexOf('/'));
            LedgerClient.Response now = client.get(path);
            assertThat(now.status()).as(when + ": " + key + " " + now).isEqualTo(200);
            assertThat(now.json()).as(when + ": " + key).isEqualTo(expected);
        });
    }

    private static JsonNode answer(LedgerClient client, String path) {
        LedgerClient.Response response = client.get(path);
        assertThat(response.status()).as(path + " " + response).isEqualTo(200);
        assertThat(response.raw().body().length()).as(path + " has content").isGreaterThan(50);
        return response.json();
    }

    private JsonNode awaitReplay(String location, Predicate<JsonNode> until) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 300_000;
        JsonNode last;
        do {
            last = admin().get(location).json();
            assertThat(last.get("state").asText()).as(last.toString()).isNotEqualTo("FAILED");
            if (until.test(last)) {
                return last;
            }
            Thread.sleep(200);
        } while (System.currentTimeMillis() < deadline);
        throw new AssertionError("replay not there within 300 s: " + last);
    }

    private static Map<String, JsonNode> byGroup(JsonNode replay) {
        Map<String, JsonNode> groups = new TreeMap<>();
        replay.get("groups").forEach(g -> groups.put(g.get("processingGroup").asText(), g));
        return groups;
    }

    private static int generation(LedgerClient admin, String group) {
        for (JsonNode g : admin.get("/api/admin/replays/generations").json()) {
            if (g.get("processingGroup").asText().equals(group)) {
                return g.get("readingGeneration").asInt();
            }
        }
        throw new AssertionError("no group " + group);
    }

    /** A gauge's value for one group, from the actuator. */
    private static double gauge(LedgerClient admin, String name, String group) {
        LedgerClient.Response metric = admin.get("/actuator/metrics/" + name + "?tag=group:" + group);
        assertThat(metric.status()).as(metric.toString()).isEqualTo(200);
        return metric.json().get("measurements").get(0).get("value").asDouble();
    }

    private static ReadModelSnapshot merged(List<ReadModelSnapshot> snapshots) {
        Map<String, Map<Object, Document>> documents = new TreeMap<>();
        Map<String, Set<String>> indexes = new TreeMap<>();
        for (ReadModelSnapshot snapshot : snapshots) {
            snapshot.documents().forEach((c, d) -> assertThat(documents.put(c, d)).as(c + " twice").isNull());
            indexes.putAll(snapshot.indexes());
        }
        return new ReadModelSnapshot(documents, indexes);
    }

    private MongoDatabase database(String name) {
        return mongoClient.getDatabase(name);
    }

    private long head() {
        return eventStore.createHeadToken().position().orElseThrow();
    }

    private void awaitReadSideCaughtUp() {
        ReadSide.awaitCaughtUp(eventStore, processing, Duration.ofMinutes(2));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }

    private LedgerClient manager() {
        return new LedgerClient("http://127.0.0.1:" + port, TENANT);
    }

    private LedgerClient admin() {
        return manager().asTestUser("admin", TENANT);
    }
}
