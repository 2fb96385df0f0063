package org.innovationledger.app.amqp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.GetResponse;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.innovationledger.app.LedgerClient;
import org.innovationledger.app.ReadSide;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.innovationledger.app.Answers.created;
import static org.innovationledger.app.Answers.ok;

/**
 * AMQP publishing against the real RabbitMQ on 127.0.0.1:5672 (skipped, saying so, when none answers): with
 * publishing on and a test-unique exchange, a consumer's queue bound to {@code org.innovationledger.#} receives
 * every recorded event exactly once, in ledger order, as a structured CloudEvent equal to the one the pull feed
 * serves for it, with the CloudEvents type as routing key; a queue bound to {@code org.innovationledger.initiative.#}
 * receives the initiative's events only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIf(value = "org.innovationledger.app.amqp.RabbitBroker#reachable", disabledReason = RabbitBroker.UNREACHABLE)
class AmqpPublishingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EXCHANGE = RabbitBroker.uniqueExchange("publishing");
    private static RabbitBroker broker;
    private static String everything;
    private static String initiatives;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        String dir = Files.createTempDirectory("ledger-amqp-test").toString();
        registry.add("ledger.data-dir", () -> dir);
        registry.add("ledger.demo", () -> "false");
        registry.add("ledger.integration.amqp.enabled", () -> "true");
        registry.add("ledger.integration.amqp.exchange", () -> EXCHANGE);
        registry.add("spring.rabbitmq.host", () -> RabbitBroker.HOST);
        registry.add("spring.rabbitmq.port", () -> RabbitBroker.PORT);
    }

    /** Before the application starts: the consumer's queues are bound before the first event is published. */
    @BeforeAll
    static void bindQueues() throws Exception {
        broker = RabbitBroker.connect(EXCHANGE);
        assumeThat(broker).as(RabbitBroker.UNREACHABLE).isNotNull(); // went away since the class was enabled
        everything = broker.bind("org.innovationledger.#");
        initiatives = broker.bind("org.innovationledger.initiative.#");
    }

    @AfterAll
    static void deleteQueuesAndExchange() throws Exception {
        if (broker != null) {
            broker.close();
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventStore eventStore;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    MeterRegistry meters;

    @Test
    void everyEventOnceInLedgerOrderRoutedByItsType() throws Exception {
        LedgerClient api = new LedgerClient("http://127.0.0.1:" + port, "region-stockholm");
        String region = created(api.post("/api/organisation-units", """
                {"name":"Region Stockholm","kind":"REGION","documentRef":"RS 2019-0672"}"""));
        String hospital = created(api.post("/api/organisation-units", """
                {"name":"Karolinska Universitetssjukhuset","kind":"HOSPITAL","parentId":"%s","reason":"Ny enhet"}"""
                .formatted(region)));
        String initiative = created(api.post("/api/initiatives", """
                {"title":"Digital triage","unitId":"%s","origin":"PARTNER_OFFER","partnerName":"Medtech AB",
                 "processModel":"generic-stage-gate","reason":"Beslut i samordningsgruppen"}""".formatted(hospital)));
        ok(api.post("/api/initiatives/" + initiative + "/gate-decisions", """
                {"gate":"G1","outcome":"PROCEED","decisionBody":"Samordningsgruppen för innovation",
                 "rationale":"Behovet är styrkt","evidenceRefs":["Behovsanalys 2024"],"decidedOn":"2024-02-01",
                 "reason":"Gate 1 passerad","documentRef":"SG 2024-02"}"""));
        created(api.asTenant("region-vasterbotten").post("/api/organisation-units", """
                {"name":"Region Västerbotten","kind":"REGION","reason":"Regionbildning"}"""));

        List<Long> stored = jdbc.queryForList("select globalIndex from DomainEventEntry order by globalIndex", Long.class);
        assertThat(stored).hasSize(5);
        // the publisher's token past the newest event: every event was confirmed by the broker
        ReadSide.awaitCaughtUp(eventStore, processing, Duration.ofSeconds(30));

        List<GetResponse> received = broker.drain(everything);
        JsonNode feed = ok(api.asTestUser("admin", "region-stockholm").get("/api/events?scope=global&limit=1000"))
                .get("events");
        assertThat(feed).hasSize(5);
        List<Long> positions = new ArrayList<>();
        for (int i = 0; i < received.size(); i++) {
            GetResponse message = received.get(i);
            JsonNode body = JSON.readTree(new String(message.getBody(), StandardCharsets.UTF_8));
            positions.add(body.get("ledgerposition").asLong());
            JsonNode fed = feed.get(i);
            assertThat(body).as("message %d is the pull feed's CloudEvent", i).isEqualTo(fed);
            assertThat(body.get("specversion").asText()).isEqualTo("1.0");
            assertThat(message.getEnvelope().getRoutingKey()).isEqualTo(body.get("type").asText());
            assertThat(message.getEnvelope().getExchange()).isEqualTo(EXCHANGE);
            assertThat(message.getProps().getContentType()).isEqualTo("application/cloudevents+json; charset=UTF-8");
            assertThat(message.getProps().getDeliveryMode()).as("persistent").isEqualTo(2);
            assertThat(message.getProps().getMessageId()).isEqualTo(body.get("id").asText());
            assertThat(message.getProps().getHeaders().get("cloudEvents:type").toString())
                    .isEqualTo(body.get("type").asText());
            assertThat(message.getProps().getHeaders().get("cloudEvents:ledgerposition"))
                    .isEqualTo(body.get("ledgerposition").asLong());
        }
        assertThat(positions).as("every event once, in ledger order").containsExactlyElementsOf(stored);
        assertThat(received).extracting(message -> message.getEnvelope().getRoutingKey()).containsExactly(
                "org.innovationledger.organisation.OrganisationUnitRegistered.v1",
                "org.innovationledger.organisation.OrganisationUnitRegistered.v1",
                "org.innovationledger.initiative.InitiativeRegistered.v2",
                "org.innovationledger.initiative.GateDecisionRecorded.v1",
                "org.innovationledger.organisation.OrganisationUnitRegistered.v1");
        assertThat(received).extracting(message -> JSON.readTree(message.getBody()).get("subject").asText())
                .containsExactly(region, hospital, initiative, initiative, feed.get(4).get("subject").asText());

        List<GetResponse> initiativeOnly = broker.drain(initiatives);
        assertThat(initiativeOnly).extracting(message -> message.getProps().getMessageId())
                .containsExactly(feed.get(2).get("id").asText(), feed.get(3).get("id").asText());

        assertThat(meters.counter("ledger.amqp.published").count()).isEqualTo(5);
        assertThat(meters.find("ledger.amqp.failures").counters()).allMatch(counter -> counter.count() == 0);

        // a replay would publish every event again: the publisher is no read model to rebuild
        LedgerClient admin = api.asTestUser("admin", "region-stockholm");
        assertThat(ok(admin.get("/api/admin/replays/generations")).findValuesAsText("processingGroup"))
                .contains("audit-trail").doesNotContain("amqp-publisher");
        LedgerClient.Response refused = admin.post("/api/admin/replays", """
                {"processingGroup":"amqp-publisher","reason":"would send everything again"}""");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("rule").asText()).isEqualTo("UNKNOWN_PROCESSING_GROUP");
        assertThat(broker.drain(everything)).isEmpty();
    }
}
