package org.innovationledger.app.operations;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.innovationledger.app.LedgerClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalDouble;
import java.util.function.DoublePredicate;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator scrapes from {@code /actuator/prometheus} (ADMIN only): Axon's monitors tagged by command and
 * processor, each read model's lag behind the ledger, gate decisions by outcome, initiatives by stage, over the
 * all-in-one application on fresh embedded stores.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// tests leave metrics export off unless asked: this one is about it
@AutoConfigureObservability(tracing = false)
class MetricsTest {

    private static final String STOCKHOLM = "region-stockholm";

    @DynamicPropertySource
    static void freshStores(DynamicPropertyRegistry registry) throws IOException {
        registry.add("ledger.data-dir", Files.createTempDirectory("ledger-metrics-test")::toString);
        registry.add("ledger.demo", () -> "false");
    }

    @LocalServerPort
    int port;
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void theScrapeShowsCommandsProcessorsLagAndTheDomain() {
        LedgerClient manager = client().asTestUser("manager", STOCKHOLM);
        assertThat(manager.get("/actuator/prometheus").status()).as("metrics are the admin's").isEqualTo(403);

        String unit = created(manager.post("/api/organisation-units", """
                {"name":"Karolinska Universitetssjukhuset","kind":"HOSPITAL","reason":"Ny enhet"}"""));
        String initiative = created(manager.post("/api/initiatives", """
                {"title":"Digital triage","unitId":"%s","origin":"PARTNER_OFFER","partnerName":"Medtech AB",
                 "processModel":"generic-stage-gate","reason":"Beslut i samordningsgruppen"}""".formatted(unit)));
        assertThat(manager.post("/api/initiatives/" + initiative + "/gate-decisions", """
                {"gate":"G1","outcome":"PROCEED","decisionBody":"Samordningsgruppen för innovation",
                 "rationale":"Behovet är styrkt","evidenceRefs":["Behovsanalys 2024"],"decidedOn":"2024-02-01",
                 "reason":"Gate 1 passerad"}""").status()).isBetween(200, 201);

        awaitScrape("ledger_processor_lag", "group=\"portfolio\"", lag -> lag == 0);
        // the stage counts are refreshed at most every 15 s
        String caughtUp = awaitScrape("one initiative", scrape -> sum(scrape, "ledger_initiatives") == 1.0);
        assertThat(value(caughtUp, "ledger_gate_decisions_total",
                "outcome=\"PROCEED\",tenant=\"" + STOCKHOLM + "\"")).hasValue(1.0);
        assertThat(value(caughtUp, "ledger_processor_running", "group=\"portfolio\"")).hasValue(1.0);
        assertThat(value(caughtUp, "ledger_processor_replaying", "group=\"portfolio\"")).hasValue(0.0);
        assertThat(value(caughtUp, "ledger_processor_segments_claimed", "group=\"portfolio\"").orElse(0))
                .isGreaterThanOrEqualTo(1);
        assertThat(value(caughtUp, "commandBus_allTimer_seconds_count", "payloadType=\"RecordGateDecision\""))
                .as("command bus timers, one meter tagged by command").hasValue(1.0);
        assertThat(value(caughtUp, "eventProcessor_latency", "processorName=\"portfolio\"")).isPresent();
        assertThat(value(caughtUp, "eventProcessor_capacity", "processorName=\"portfolio\"")).isPresent();
    }

    /**
     * The alert rules and the Grafana dashboard in {@code deploy/monitoring/} name only metrics the service exports
     * (the webhook delivery counter appears with a service's first delivery, so it is not asked for here).
     */
    @Test
    void theShippedAlertsAndDashboardNameMetricsTheServiceExports() throws IOException {
        created(client().asTestUser("manager", STOCKHOLM).post("/api/organisation-units", """
                {"name":"Danderyds sjukhus","kind":"HOSPITAL","reason":"Ny enhet"}"""));
        String scrape = awaitScrape("a handled command and event", text ->
                value(text, "ledger_processor_lag", "group=\"portfolio\"").isPresent()
                        && value(text, "eventProcessor_latency", "processorName=\"organisation-units\"").isPresent());
        for (String file : List.of("monitoring/prometheus-alerts.yml", "monitoring/grafana-dashboard.json")) {
            Matcher names = Pattern.compile("\\b(ledger_[a-z_]+|eventProcessor_[a-zA-Z_]+|commandBus_[a-zA-Z_]+)")
                    .matcher(Files.readString(Path.of(file)));
            Set<String> named = new TreeSet<>();
            while (names.find()) {
                named.add(names.group(1));
            }
            named.remove("ledger_integration_webhooks_deliveries_total");
            assertThat(named).as(file).isNotEmpty().allSatisfy(name ->
                    assertThat(scrape).as(file + " names " + name).containsPattern("(?m)^" + name + "[{ ]"));
        }
    }

    @Test
    void theProbesAnswerWithoutSignInAndReadinessCoversTheStoresAndReadModels() {
        LedgerClient anonymous = client().anonymous();
        LedgerClient.Response liveness = anonymous.get("/actuator/health/liveness");
        assertThat(liveness.status()).isEqualTo(200);
        assertThat(liveness.json().get("status").asText()).isEqualTo("UP");
        LedgerClient.Response readiness = anonymous.get("/actuator/health/readiness");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().get("status").asText()).isEqualTo("UP");
        assertThat(readiness.json().get("components").fieldNames()).toIterable()
                .contains("readinessState", "db", "mongo", "readModels");
        assertThat(readiness.json().at("/components/readModels/details/portfolio").asText()).startsWith("RUNNING");
    }

    @Test
    void aStoppedReadModelShowsItsLagAndCatchesUp() {
        LedgerClient manager = client().asTestUser("manager", STOCKHOLM);
        StreamingEventProcessor missions = processing.eventProcessor("missions", StreamingEventProcessor.class)
                .orElseThrow();
        awaitScrape("ledger_processor_lag", "group=\"missions\"", lag -> lag == 0);
        missions.shutDown();
        try {
            for (int i = 1; i <= 3; i++) {
                created(manager.post("/api/organisation-units", """
                        {"name":"Klinik %d","kind":"CLINIC","reason":"Ny klinik"}""".formatted(i)));
            }
            String stopped = awaitScrape("ledger_processor_running", "group=\"missions\"", running -> running == 0);
            // a stopped processor holds no segment: its lag is unknown here (NaN), never a stale 0
            OptionalDouble lag = value(stopped, "ledger_processor_lag", "group=\"missions\"");
            assertThat(lag).isPresent();
            assertThat(lag.getAsDouble()).isNaN();
        } finally {
            missions.start();
        }
        awaitScrape("ledger_processor_lag", "group=\"missions\"", lag -> lag == 0);
    }

    private LedgerClient client() {
        return new LedgerClient("http://127.0.0.1:" + port, STOCKHOLM);
    }

    /** Scrapes until the sample satisfies the condition (at most 60 s); the scrape that did. */
    private String awaitScrape(String metric, String labels, DoublePredicate until) {
        return awaitScrape(metric + "{" + labels + "}", scrape -> {
            OptionalDouble sample = value(scrape, metric, labels);
            return sample.isPresent() && until.test(sample.getAsDouble());
        });
    }

    private String awaitScrape(String what, Predicate<String> until) {
        LedgerClient admin = client().asTestUser("admin", STOCKHOLM);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        String scrape = "";
        while (Instant.now().isBefore(deadline)) {
            LedgerClient.Response answer = admin.get("/actuator/prometheus");
            assertThat(answer.status()).isEqualTo(200);
            scrape = answer.raw().body();
            if (until.test(scrape)) {
                return scrape;
            }
            sleep();
        }
        throw new AssertionError(what + " never came; last scrape's ledger lines:\n"
                + scrape.lines().filter(line -> line.startsWith("ledger_")).toList());
    }

    /** The sample of {@code metric} whose labels contain {@code labels}. */
    private static OptionalDouble value(String scrape, String metric, String labels) {
        Matcher sample = Pattern.compile("(?m)^" + Pattern.quote(metric) + "\\{([^}]*)} (\\S+)$").matcher(scrape);
        while (sample.find()) {
            if (sample.group(1).contains(labels)) {
                return OptionalDouble.of(Double.parseDouble(sample.group(2)));
            }
        }
        return OptionalDouble.empty();
    }

    private static double sum(String scrape, String metric) {
        Matcher sample = Pattern.compile("(?m)^" + Pattern.quote(metric) + "\\{[^}]*} (\\S+)$").matcher(scrape);
        double total = 0;
        while (sample.find()) {
            total += Double.parseDouble(sample.group(1));
        }
        return total;
    }

    private static String created(LedgerClient.Response answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().get("id").asText();
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
