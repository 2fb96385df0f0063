package org.innovationledger.app.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.innovationledger.app.LedgerClient;
import org.innovationledger.app.ReadSide;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.app.Answers.created;
import static org.innovationledger.app.Answers.ok;

/**
 * Webhooks over HTTP with real receivers ({@link WebhookReceiver}, which checks every signature itself): an
 * integration subscribes, managers record commands, and each receiver gets exactly the matching events, in ledger
 * order, once; a receiver that fails is retried and the rest waits behind it in order; one that always fails ends in
 * a dead letter and a suspended subscription, which an admin redelivers, after which everything arrives in order,
 * none lost, none twice; a receiver that hangs holds up no read model; bad input and other regions' subscriptions are
 * refused with nothing stored. Backoff and attempts are shrunk to milliseconds here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebhookJourneyTest {

    private static final String WEBHOOKS = "/api/webhooks";
    private static final String DEAD_LETTERS = "/api/admin/webhooks/dead-letters";
    private static final String STOCKHOLM = "region-stockholm";
    private static final String VASTERBOTTEN = "region-vasterbotten";
    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final String FIXED_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws Exception {
        String dir = Files.createTempDirectory("ledger-webhook-test").toString();
        registry.add("ledger.data-dir", () -> dir);
        registry.add("ledger.demo", () -> "false");
        registry.add("ledger.integration.webhooks.initial-backoff", () -> "100ms");
        registry.add("ledger.integration.webhooks.max-backoff", () -> "400ms");
        registry.add("ledger.integration.webhooks.max-attempts", () -> "3");
        registry.add("ledger.integration.webhooks.poll-interval", () -> "20ms");
        registry.add("ledger.integration.webhooks.connect-timeout", () -> "1s");
        registry.add("ledger.integration.webhooks.request-timeout", () -> "3s");
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventStore eventStore;
    @Autowired
    EventProcessingConfiguration processing;

    LedgerClient manager;
    LedgerClient integration;
    LedgerClient admin;

    @BeforeEach
    void clients() {
        manager = new LedgerClient("http://127.0.0.1:" + port, STOCKHOLM);
        integration = manager.asTestUser("integration", STOCKHOLM);
        admin = manager.asTestUser("admin", STOCKHOLM);
    }

    /** A test that failed half-way leaves no subscription behind to fail the next. */
    @AfterEach
    void deleteSubscriptions() {
        ok(admin.get(WEBHOOKS)).forEach(subscription -> admin.send("DELETE", WEBHOOKS + "/"
                + subscription.get("id").asText(), HttpRequest.BodyPublishers.noBody()));
    }

    @Test
    void deliversEveryMatchingEventSignedInLedgerOrderExactlyOnce() throws Exception {
        try (WebhookReceiver everything = new WebhookReceiver(); WebhookReceiver units = new WebhookReceiver()) {
            LedgerClient.Response answer = integration.post(WEBHOOKS, """
                    {"url":"%s","description":"Regionens alla händelser"}""".formatted(everything.url()));
            JsonNode subscription = answer.json();
            String id = created(answer);
            assertThat(answer.header("Location")).isEqualTo(WEBHOOKS + "/" + id);
            assertThat(subscription.get("secret").asText()).startsWith("whsec_");
            assertThat(subscription.get("status").asText()).isEqualTo("ACTIVE");
            assertThat(subscription.get("scope").asText()).isEqualTo("tenant");
            assertThat(subscription.get("tenant").asText()).isEqualTo(STOCKHOLM);
            assertThat(subscription.get("createdBy").asText()).isEqualTo("integration@" + STOCKHOLM);
            assertThat(subscription.get("eventTypes")).isEmpty();
            everything.secret(subscription.get("secret").asText());
            assertThat(ok(integration.get(WEBHOOKS + "/" + id)).has("secret")).as("the secret is shown once").isFalse();
            assertThat(integration.get(WEBHOOKS).raw().body()).contains(id)
                    .doesNotContain(subscription.get("secret").asText());

            // an admin's global subscription to one type: every region's units
            LedgerClient.Response global = admin.post(WEBHOOKS, """
                    {"url":"%s","eventTypes":["org.innovationledger.organisation.OrganisationUnitRegistered.v1"],
                     "scope":"global","secret":"%s"}""".formatted(units.url(), FIXED_SECRET));
            String globalId = created(global);
            assertThat(global.json().get("scope").asText()).isEqualTo("global");
            assertThat(global.json().get("secret").asText()).isEqualTo(FIXED_SECRET);
            assertThat(global.json().get("eventTypes").toString()).isEqualTo("[\"OrganisationUnitRegistered\"]");
            units.secret(FIXED_SECRET);

            recordStockholmAndVasterbotten();
            List<String> expected = feed(integration, subscription.get("startPosition").asLong(), null);
            List<String> expectedUnits = feed(admin, global.json().get("startPosition").asLong(),
                    "OrganisationUnitRegistered&scope=global");
            assertThat(expected).hasSize(5);
            assertThat(expectedUnits).as("three of Stockholm's units, one of Västerbotten's").hasSize(4);

            List<WebhookReceiver.Received> received = everything.awaitDelivered(expected.size(), WITHIN);
            units.awaitDelivered(expectedUnits.size(), WITHIN);
            awaitQuiet(id);
            awaitQuiet(globalId);
            received = everything.delivered();
            assertThat(received).extracting(WebhookReceiver.Received::eventId)
                    .as("every matching event, in ledger order, once").containsExactlyElementsOf(expected);
            assertThat(everything.requests()).hasSize(expected.size()).allMatch(WebhookReceiver.Received::signatureValid);
            assertThat(received).extracting(WebhookReceiver.Received::position).isSorted().doesNotHaveDuplicates();
            assertThat(received).allSatisfy(request -> {
                assertThat(request.webhookId()).isEqualTo(request.eventId());
                assertThat(request.contentType()).startsWith("application/cloudevents+json");
                assertThat(request.event().get("specversion").asText()).isEqualTo("1.0");
                assertThat(request.event().get("tenant").asText()).isEqualTo(STOCKHOLM);
                assertThat(Math.abs(request.timestamp() - Instant.now().getEpochSecond())).isLessThan(300);
            });
            assertThat(units.delivered()).extracting(WebhookReceiver.Received::eventId)
                    .containsExactlyElementsOf(expectedUnits);
            assertThat(units.requests()).allMatch(WebhookReceiver.Received::signatureValid);
            assertThat(units.delivered()).extracting(request -> request.event().get("tenant").asText())
                    .containsOnly(STOCKHOLM, VASTERBOTTEN);

            // the delivery log, oldest first and newest first, a page at a time
            JsonNode log = ok(integration.get(WEBHOOKS + "/" + id + "/deliveries?order=oldest")).get("deliveries");
            assertThat(log).hasSize(expected.size());
            assertThat(texts(log, "eventId")).containsExactlyElementsOf(expected);
            assertThat(log).allSatisfy(delivery -> {
                assertThat(delivery.get("status").asText()).isEqualTo("DELIVERED");
                assertThat(delivery.get("id").asText()).isEqualTo(id + ":" + delivery.get("position").asLong());
                assertThat(delivery.get("attempts")).hasSize(1);
                assertThat(delivery.get("attempts").get(0).get("statusCode").asInt()).isEqualTo(200);
            });
            JsonNode newest = ok(integration.get(WEBHOOKS + "/" + id + "/deliveries?limit=2"));
            assertThat(texts(newest.get("deliveries"), "eventId")).containsExactly(expected.get(4), expected.get(3));
            JsonNode older = ok(integration.get(WEBHOOKS + "/" + id + "/deliveries?limit=2&after="
                    + newest.get("next").asLong()));
            assertThat(texts(older.get("deliveries"), "eventId")).containsExactly(expected.get(2), expected.get(1));

            assertThat(integration.send("DELETE", WEBHOOKS + "/" + id, HttpRequest.BodyPublishers.noBody()).status())
                    .isEqualTo(204);
            assertThat(integration.get(WEBHOOKS + "/" + id).status()).isEqualTo(404);
            assertThat(admin.send("DELETE", WEBHOOKS + "/" + globalId, HttpRequest.BodyPublishers.noBody()).status())
                    .isEqualTo(204);
        }
    }

    @Test
    void retriesAFailingReceiverAndGoesOnInOrder() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.behave(request -> request <= 2 ? 500 : 200);
            JsonNode subscription = subscribe(receiver, integration);
            String id = subscription.get("id").asText();
            registerUnits(3, "Retry");
            List<String> expected = feed(integration, subscription.get("startPosition").asLong(), null);

            receiver.awaitDelivered(3, WITHIN);
            awaitQuiet(id);
            assertThat(receiver.delivered()).extracting(WebhookReceiver.Received::eventId)
                    .containsExactlyElementsOf(expected);
            assertThat(receiver.requests()).extracting(WebhookReceiver.Received::answered)
                    .containsExactly(500, 500, 200, 200, 200);
            assertThat(receiver.requests().subList(0, 3)).extracting(WebhookReceiver.Received::webhookId)
                    .as("a retry keeps the webhook-id").containsOnly(expected.get(0));
            assertThat(receiver.requests()).allMatch(WebhookReceiver.Received::signatureValid);

            JsonNode first = ok(integration.get(WEBHOOKS + "/" + id + "/deliveries?order=oldest")).get("deliveries")
                    .get(0);
            assertThat(first.get("status").asText()).isEqualTo("DELIVERED");
            assertThat(texts(first.get("attempts"), "statusCode")).containsExactly("500", "500", "200");
            assertThat(first.get("attempts").get(0).get("error").asText()).isEqualTo("HTTP 500");
            delete(id);
        }
    }

    @Test
    void aReceiverThatAnswers500AHundredTimesLosesNothingAndGetsEverythingInOrder() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.behave(request -> request <= 100 ? 500 : 200);
            JsonNode subscription = subscribe(receiver, integration);
            String id = subscription.get("id").asText();
            registerUnits(3, "Hundred");
            List<String> expected = feed(integration, subscription.get("startPosition").asLong(), null);
            assertThat(expected).hasSize(3);

            // three attempts each time, then a dead letter; the admin sends it again until the receiver recovers
            int redeliveries = 0;
            long deadline = System.currentTimeMillis() + 120_000;
            while (receiver.delivered().size() < 3) {
                assertThat(System.currentTimeMillis()).as("delivered within two minutes").isLessThan(deadline);
                JsonNode deadLetters = ok(admin.get(DEAD_LETTERS + "?subscriptionId=" + id));
                if (!deadLetters.isEmpty()) {
                    assertThat(deadLetters).as("one dead letter at a time: the queue waits behind it").hasSize(1);
                    assertThat(admin.post(DEAD_LETTERS + "/" + deadLetters.get(0).get("id").asText() + "/redeliver", "")
                            .status()).isEqualTo(202);
                    redeliveries++;
                }
                Thread.sleep(50);
            }
            awaitQuiet(id);
            assertThat(redeliveries).as("100 failures in rounds of 3 attempts").isEqualTo(33);
            assertThat(receiver.requests()).hasSize(103);
            assertThat(receiver.requests().subList(0, 101)).extracting(WebhookReceiver.Received::webhookId)
                    .as("the first event until it is taken").containsOnly(expected.get(0));
            assertThat(receiver.delivered()).extracting(WebhookReceiver.Received::eventId)
                    .as("none lost, none twice, in ledger order").containsExactlyElementsOf(expected);
            assertThat(receiver.requests()).allMatch(WebhookReceiver.Received::signatureValid);
            assertThat(ok(integration.get(WEBHOOKS + "/" + id)).get("status").asText()).isEqualTo("ACTIVE");
            assertThat(ok(admin.get(DEAD_LETTERS + "?subscriptionId=" + id))).isEmpty();
            delete(id);
        }
    }

    @Test
    void aReceiverThatAlwaysFailsEndsInADeadLetterThatAnAdminRedelivers() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.behave(request -> 503);
            JsonNode subscription = subscribe(receiver, integration);
            String id = subscription.get("id").asText();
            String unreachable = created(integration.post(WEBHOOKS, """
                    {"url":"http://127.0.0.1:%d/nobody-listens","eventTypes":["OrganisationUnitRegistered"]}"""
                    .formatted(closedPort())));

            registerUnits(1, "Dead");
            JsonNode suspended = integration.await(WEBHOOKS + "/" + id,
                    r -> r.json().get("status").asText().equals("SUSPENDED")).json();
            assertThat(suspended.get("statusReason").asText()).contains("3 attempts").contains("HTTP 503");
            assertThat(receiver.requests()).hasSize(3).extracting(WebhookReceiver.Received::answered).containsOnly(503);
            String deadLetter = id + ":" + receiver.requests().get(0).position();

            // later events queue behind the dead letter; none is sent
            registerUnits(2, "Queued");
            ReadSide.awaitCaughtUp(eventStore, processing, WITHIN);
            Thread.sleep(300);
            assertThat(receiver.requests()).hasSize(3);
            JsonNode log = ok(integration.get(WEBHOOKS + "/" + id + "/deliveries?order=oldest")).get("deliveries");
            assertThat(texts(log, "status")).containsExactly("DEAD", "PENDING", "PENDING");
            assertThat(log.get(0).get("attempts")).hasSize(3);

            // an unreachable receiver says so in its log
            JsonNode refused = integration.await(WEBHOOKS + "/" + unreachable,
                    r -> r.json().get("status").asText().equals("SUSPENDED")).json();
            assertThat(refused.get("statusReason").asText()).contains("connection");
            JsonNode refusedAttempt = ok(integration.get(WEBHOOKS + "/" + unreachable + "/deliveries?order=oldest"))
                    .get("deliveries").get(0).get("attempts").get(0);
            assertThat(refusedAttempt.get("statusCode").isNull()).isTrue();
            assertThat(refusedAttempt.get("error").asText()).startsWith("connection failed");

            // the admin's dead letters; not the integration's business
            assertThat(integration.get(DEAD_LETTERS).status()).isEqualTo(403);
            JsonNode deadLetters = ok(admin.get(DEAD_LETTERS + "?subscriptionId=" + id));
            assertThat(texts(deadLetters, "id")).containsExactly(deadLetter);
            assertThat(texts(ok(admin.get(DEAD_LETTERS)), "subscriptionId")).contains(id, unreachable);

            receiver.behave(request -> 200);
            LedgerClient.Response redelivered = admin.post(DEAD_LETTERS + "/" + deadLetter + "/redeliver", "");
            assertThat(redelivered.status()).as(redelivered.toString()).isEqualTo(202);
            List<String> expected = feed(integration, subscription.get("startPosition").asLong(), null);
            assertThat(expected).hasSize(3);
            receiver.awaitDelivered(3, WITHIN);
            awaitQuiet(id);
            assertThat(receiver.delivered()).extracting(WebhookReceiver.Received::eventId)
                    .as("in order, none lost, none twice").containsExactlyElementsOf(expected);
            assertThat(receiver.requests()).allMatch(WebhookReceiver.Received::signatureValid);
            JsonNode resumed = ok(integration.get(WEBHOOKS + "/" + id));
            assertThat(resumed.get("status").asText()).isEqualTo("ACTIVE");
            assertThat(resumed.get("statusReason").isNull()).isTrue();
            assertThat(ok(admin.get(DEAD_LETTERS + "?subscriptionId=" + id))).isEmpty();
            assertThat(admin.post(DEAD_LETTERS + "/" + deadLetter + "/redeliver", "").status()).isEqualTo(404);
            delete(id);
            delete(unreachable);
        }
    }

    @Test
    void aReceiverThatHangsHoldsUpNoReadModel() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean hanging = new AtomicBoolean();
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.behave(request -> {
                if (request == 1) {
                    hanging.set(true);
                    release.await(20, TimeUnit.SECONDS);
                    hanging.set(false);
                }
                return 200;
            });
            JsonNode subscription = subscribe(receiver, integration);
            String id = subscription.get("id").asText();
            registerUnits(1, "Slow");
            long deadline = System.currentTimeMillis() + WITHIN.toMillis();
            while (!hanging.get() && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
            assertThat(hanging).as("the receiver holds the first delivery").isTrue();

            long started = System.nanoTime();
            String unit = created(manager.post("/api/organisation-units", """
                    {"name":"Enhet medan mottagaren hänger","kind":"CLINIC","reason":"Ny klinik"}"""));
            manager.await("/api/organisation-units/" + unit, r -> r.status() == 200);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            assertThat(hanging).as("the read model answered while the receiver still hangs").isTrue();
            assertThat(millis).isLessThan(2000);
            // the webhooks processor has queued the second delivery behind the hanging one
            JsonNode log = integration.await(WEBHOOKS + "/" + id + "/deliveries?order=oldest",
                    r -> r.json().get("deliveries").size() == 2).json().get("deliveries");
            assertThat(texts(log, "status")).containsExactly("PENDING", "PENDING");
            release.countDown();

            List<String> expected = feed(integration, subscription.get("startPosition").asLong(), null);
            receiver.awaitDelivered(2, WITHIN);
            awaitQuiet(id);
            assertThat(receiver.delivered()).extracting(WebhookReceiver.Received::eventId)
                    .containsExactlyElementsOf(expected);
            delete(id);
        } finally {
            release.countDown();
        }
    }

    @Test
    void refusesBadInputAndOtherRegionsSubscriptionsWithNothingStored() throws Exception {
        LedgerClient vasterbotten = integration.asTestUser("integration", VASTERBOTTEN);
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String theirs = created(vasterbotten.post(WEBHOOKS, """
                    {"url":"%s","description":"Västerbottens"}""".formatted(receiver.url())));
            int subscriptions = ok(admin.get(WEBHOOKS)).size();
            long events = jdbc.queryForObject("select count(*) from DomainEventEntry", Long.class);

            for (String bad : List.of("{}", """
                    {"url":"ftp://example.org/events"}""", """
                    {"url":"example.org/events"}""", """
                    {"url":"https://example.org/events","eventTypes":["NoSuchEvent"]}""", """
                    {"url":"https://example.org/events","secret":"hemligt"}""", """
                    {"url":"https://user:pw@example.org/events"}""")) {
                LedgerClient.Response refused = integration.post(WEBHOOKS, bad);
                assertThat(refused.status()).as(bad + " -> " + refused).isEqualTo(400);
                assertThat(refused.contentType()).startsWith("application/problem+json");
                assertThat(refused.json().get("detail").asText()).isNotBlank();
            }
            assertThat(integration.post(WEBHOOKS, """
                    {"url":"https://example.org/events","scope":"global"}""").status()).isEqualTo(403);
            assertThat(manager.get(WEBHOOKS).status()).isEqualTo(403);

            // another region's subscription does not exist for Stockholm's integration
            assertThat(integration.get(WEBHOOKS + "/" + theirs).status()).isEqualTo(404);
            assertThat(integration.get(WEBHOOKS + "/" + theirs + "/deliveries").status()).isEqualTo(404);
            assertThat(patch(integration, theirs, "{\"status\":\"PAUSED\"}").status()).isEqualTo(404);
            assertThat(integration.post(WEBHOOKS + "/" + theirs + "/secret", "{}").status()).isEqualTo(404);
            assertThat(integration.send("DELETE", WEBHOOKS + "/" + theirs, HttpRequest.BodyPublishers.noBody())
                    .status()).isEqualTo(404);
            assertThat(texts(ok(integration.get(WEBHOOKS)), "id")).doesNotContain(theirs);
            assertThat(texts(ok(admin.get(WEBHOOKS)), "id")).contains(theirs);

            // bad changes change nothing
            assertThat(patch(vasterbotten, theirs, "{\"url\":\"ftp://example.org\"}").status()).isEqualTo(400);
            assertThat(patch(vasterbotten, theirs, "{\"status\":\"SUSPENDED\"}").status()).isEqualTo(400);
            assertThat(patch(vasterbotten, theirs, "{\"eventTypes\":[\"Nope\"]}").status()).isEqualTo(400);
            JsonNode unchanged = ok(vasterbotten.get(WEBHOOKS + "/" + theirs));
            assertThat(unchanged.get("url").asText()).isEqualTo(receiver.url());
            assertThat(unchanged.get("status").asText()).isEqualTo("ACTIVE");
            assertThat(unchanged.get("eventTypes")).isEmpty();
            assertThat(ok(admin.get(WEBHOOKS)).size()).isEqualTo(subscriptions);
            assertThat(jdbc.queryForObject("select count(*) from DomainEventEntry", Long.class)).isEqualTo(events);

            // good changes
            JsonNode paused = ok(patch(vasterbotten, theirs, """
                    {"status":"PAUSED","eventTypes":["InitiativeRegistered"],"description":"Pausad"}"""));
            assertThat(paused.get("status").asText()).isEqualTo("PAUSED");
            assertThat(paused.get("eventTypes").toString()).isEqualTo("[\"InitiativeRegistered\"]");
            assertThat(paused.has("secret")).isFalse();
            JsonNode rotated = ok(vasterbotten.post(WEBHOOKS + "/" + theirs + "/secret", ""));
            assertThat(rotated.get("secret").asText()).startsWith("whsec_");
            assertThat(ok(vasterbotten.post(WEBHOOKS + "/" + theirs + "/secret", "{\"secret\":\"" + FIXED_SECRET
                    + "\"}")).get("secret").asText()).isEqualTo(FIXED_SECRET);
            assertThat(vasterbotten.send("DELETE", WEBHOOKS + "/" + theirs, HttpRequest.BodyPublishers.noBody())
                    .status()).isEqualTo(204);
        }
    }

    private JsonNode subscribe(WebhookReceiver receiver, LedgerClient as) {
        LedgerClient.Response answer = as.post(WEBHOOKS, "{\"url\":\"" + receiver.url() + "\"}");
        created(answer);
        receiver.secret(answer.json().get("secret").asText());
        return answer.json();
    }

    private void recordStockholmAndVasterbotten() {
        String region = created(manager.post("/api/organisation-units", """
                {"name":"Region Stockholm","kind":"REGION","documentRef":"RS 2019-0672"}"""));
        String hospital = created(manager.post("/api/organisation-units", """
                {"name":"Karolinska Universitetssjukhuset","kind":"HOSPITAL","parentId":"%s","reason":"Ny enhet"}""".formatted(region)));
        created(manager.post("/api/organisation-units", """
                {"name":"Akutmottagningen","kind":"CLINIC","parentId":"%s","reason":"Ny klinik"}""".formatted(hospital)));
        String initiative = created(manager.post("/api/initiatives", """
                {"title":"Digital triage","unitId":"%s","origin":"PARTNER_OFFER","partnerName":"Medtech AB",
                 "processModel":"generic-stage-gate",
                 "reason":"Beslut i samordningsgruppen"}""".formatted(hospital)));
        ok(manager.post("/api/initiatives/" + initiative + "/gate-decisions", """
                {"gate":"G1","outcome":"PROCEED","decisionBody":"Samordningsgruppen för innovation",
                 "rationale":"Behovet är styrkt","evidenceRefs":["Behovsanalys 2024"],"decidedOn":"2024-02-01",
                 "reason":"Gate 1 passerad"}"""));
        created(manager.asTenant(VASTERBOTTEN).post("/api/organisation-units", """
                {"name":"Region Västerbotten","kind":"REGION","reason":"Regionbildning"}"""));
    }

    private void registerUnits(int count, String name) {
        for (int i = 1; i <= count; i++) {
            created(manager.post("/api/organisation-units", """
                    {"name":"%s %d","kind":"CLINIC","reason":"Ny klinik"}""".formatted(name, i)));
        }
    }

    /** The event ids the pull feed gives after {@code after}: the ledger's order, the reference. */
    private static List<String> feed(LedgerClient client, long after, String type) {
        JsonNode page = ok(client.get("/api/events?limit=1000&after=" + after + (type == null ? "" : "&type=" + type)));
        return texts(page.get("events"), "id");
    }

    /** Every event is in the outbox and none of the subscription's deliveries is still waiting. */
    private void awaitQuiet(String subscriptionId) throws InterruptedException {
        ReadSide.awaitCaughtUp(eventStore, processing, WITHIN);
        admin.await(WEBHOOKS + "/" + subscriptionId + "/deliveries?limit=500",
                r -> texts(r.json().get("deliveries"), "status").stream().allMatch("DELIVERED"::equals));
        Thread.sleep(200); // a duplicate would come now
    }

    private void delete(String id) {
        assertThat(admin.send("DELETE", WEBHOOKS + "/" + id, HttpRequest.BodyPublishers.noBody()).status())
                .isEqualTo(204);
    }

    private static LedgerClient.Response patch(LedgerClient client, String id, String json) {
        return client.send("PATCH", WEBHOOKS + "/" + id, HttpRequest.BodyPublishers.ofString(json),
                "Content-Type", "application/json");
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.get(field).isNull() ? null : node.get(field).asText()));
        return values;
    }
}
