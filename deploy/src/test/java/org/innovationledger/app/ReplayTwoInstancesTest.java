package org.innovationledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.config.ConfigurerModule;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.app.Answers.created;

/**
 * Two query-side instances on the same stores (events in PostgreSQL, read models and tokens in one MongoDB): the
 * all-in-one application in this JVM and the stand-alone query service in another. A replay of the portfolio
 * started on the first stops the processor on both, rebuilds (held half-way by a {@link ReplayGate}) while both keep
 * answering from the previous generation, and afterwards both answer from the rebuilt one, which equals the
 * previous one document by document, plus the initiative registered meanwhile.
 */
class ReplayTwoInstancesTest {

    private static final String TENANT = "region-stockholm";

    static final ReplayGate GATE = new ReplayGate(3);

    @Configuration(proxyBeanMethods = false)
    static class HeldReplays {
        @Bean
        ConfigurerModule replayGate() {
            return configurer -> configurer.eventProcessing().registerHandlerInterceptor("portfolio", c -> GATE);
        }
    }

    @TempDir
    Path work;

    @Test
    void aReplayStartedOnOneInstanceIsFollowedByTheOther() throws Exception {
        PostgresDatabase.assumeAvailable();
        Path queryJar = ServiceProcess.requireExecJars("the two-instance replay", "query-side")[0];

        MongoServer mongoServer = new MongoServer(new MemoryBackend());
        mongoServer.bind("127.0.0.1", 0);
        InetSocketAddress address = mongoServer.getLocalAddress();
        String mongoUri = "mongodb://127.0.0.1:" + address.getPort() + "/innovation_ledger";
        try (MongoClient mongo = MongoClients.create(mongoUri);
             PostgresDatabase db = new PostgresDatabase();
             ConfigurableApplicationContext first = new SpringApplicationBuilder(InnovationLedgerApplication.class,
                     HeldReplays.class).run("--server.port=0", "--spring.profiles.active=postgres",
                     "--ledger.demo=false", "--ledger.data-dir=" + work, "--ledger.mongo.uri=" + mongoUri,
                     "--spring.datasource.url=" + db.jdbcUrl(), "--spring.datasource.username=" + PostgresDatabase.USER,
                     "--ledger.replay.retire-delay=3s",
                     // the held replay runs where the gate is: this instance keeps the groups it claims first
                     "--ledger.processing.balance.enabled=false");
             ServiceProcess second = ServiceProcess.start("query-side", queryJar, work,
                     "--spring.profiles.active=postgres", "--spring.datasource.url=" + db.jdbcUrl(),
                     "--spring.datasource.username=" + PostgresDatabase.USER, "--ledger.mongo.uri=" + mongoUri,
                     "--ledger.data-dir=" + work)) {
            LedgerClient one = new LedgerClient("http://127.0.0.1:"
                    + ((ServletWebServerApplicationContext) first).getWebServer().getPort(), TENANT);
            LedgerClient two = new LedgerClient(second.baseUrl(), TENANT);
            try {
                run(one, two, mongo.getDatabase("innovation_ledger"), mongo);
            } finally {
                GATE.open();
            }
        } finally {
            mongoServer.shutdownNow();
        }
    }

    private void run(LedgerClient one, LedgerClient two, MongoDatabase configured, MongoClient mongo)
            throws Exception {
        String unit = created(one.post("/api/organisation-units", """
                {"name":"Södersjukhuset","kind":"HOSPITAL","reason":"r"}"""));
        for (int i = 1; i <= 8; i++) {
            created(one.post("/api/initiatives", """
                    {"title":"Initiativ %d","unitId":"%s","origin":"PARTNER_OFFER","partnerName":"Medtech-företag",\
                    "processModel":"generic-stage-gate","reason":"r"}""".formatted(i, unit)));
        }
        JsonNode before = two.await("/api/portfolio", r -> r.status() == 200 && r.json().get("total").asInt() == 8)
                .json();
        one.await("/api/portfolio", r -> r.json().equals(before));
        ReadModelSnapshot snapshot = ReadModelSnapshot.of(configured,
                List.of("portfolio_initiatives", "portfolio_units"));
        assertThat(snapshot.size()).isEqualTo(9);

        GATE.close();
        LedgerClient admin = one.asTestUser("admin", TENANT);
        LedgerClient.Response accepted = admin.post("/api/admin/replays", """
                {"processingGroup":"portfolio","reason":"Omläsning med två instanser"}""");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        String location = accepted.header("Location");
        LedgerClient otherAdmin = two.asTestUser("admin", TENANT);

        JsonNode stopping = await(otherAdmin, "/api/admin/replays/generations",
                g -> "STOPPING".equals(portfolio(g).get("state").asText())
                        && !portfolio(g).get("processorRunning").asBoolean());
        assertThat(portfolio(stopping).get("readingGeneration").asInt()).as("the other instance stopped too").isZero();
        assertThat(GATE.awaitHolding()).isTrue();
        JsonNode replaying = await(otherAdmin, "/api/admin/replays/generations",
                g -> "REPLAYING".equals(portfolio(g).get("state").asText()));
        assertThat(portfolio(replaying).get("readingGeneration").asInt()).isZero();
        assertThat(portfolio(replaying).get("writingGeneration").asInt()).isEqualTo(1);
        assertThat(portfolio(replaying).get("processorRunning").asBoolean()).as("started again").isTrue();

        for (LedgerClient instance : List.of(one, two)) {
            LedgerClient.Response during = instance.get("/api/portfolio");
            assertThat(during.status()).isEqualTo(200);
            assertThat(during.json()).as("both answer from the previous generation").isEqualTo(before);
        }
        String meanwhile = created(one.post("/api/initiatives", """
                {"title":"Anmält under omläsningen","unitId":"%s","origin":"PARTNER_OFFER","partnerName":"Medtech-företag",\
                "processModel":"generic-stage-gate","reason":"r"}""".formatted(unit)));
        assertThat(two.get("/api/portfolio").json()).isEqualTo(before);
        assertThat(otherAdmin.get(location).json().get("state").asText()).as("the record is shared")
                .isEqualTo("REPLAYING");

        GATE.open();
        JsonNode done = await(otherAdmin, location, r -> "DONE".equals(r.get("state").asText()));
        assertThat(done.get("groups").get(0).get("toDatabase").asText()).isEqualTo("innovation_ledger__portfolio__g1");
        await(otherAdmin, location, r -> "dropped".equals(r.get("groups").get(0).path("previousGeneration").asText()));
        for (LedgerClient instance : List.of(one, two)) {
            JsonNode generations = instance.asTestUser("admin", TENANT).get("/api/admin/replays/generations").json();
            assertThat(portfolio(generations).get("readingGeneration").asInt()).isEqualTo(1);
            JsonNode after = instance.await("/api/portfolio", r -> r.json().get("total").asInt() == 9).json();
            assertThat(after.get("initiatives").findValuesAsText("initiativeId")).contains(meanwhile);
        }
        assertThat(configured.listCollectionNames().into(new java.util.ArrayList<>()))
                .as("generation 0 of the portfolio is dropped: both answer from generation 1")
                .doesNotContain("portfolio_initiatives", "portfolio_units");
        Map<String, List<Document>> added = snapshot.assertRebuiltAs(
                ReadModelSnapshot.of(mongo.getDatabase("innovation_ledger__portfolio__g1")),
                Map.of("portfolio_initiatives", 1));
        assertThat(added.get("portfolio_initiatives").get(0).get("_id")).isEqualTo(meanwhile);
    }

    private static JsonNode portfolio(JsonNode generations) {
        for (JsonNode group : generations) {
            if (group.get("processingGroup").asText().equals("portfolio")) {
                return group;
            }
        }
        throw new AssertionError("no portfolio in " + generations);
    }

    private static JsonNode await(LedgerClient client, String path, Predicate<JsonNode> until)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        JsonNode last;
        do {
            LedgerClient.Response response = client.get(path);
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            last = response.json();
            if (until.test(last)) {
                return last;
            }
            Thread.sleep(50);
        } while (System.currentTimeMillis() < deadline);
        throw new AssertionError(path + " not there within 60 s: " + last);
    }
}
