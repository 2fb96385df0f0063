package org.innovationledger.app.amqp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.GetResponse;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.innovationledger.app.LedgerClient;
import org.innovationledger.app.ReadSide;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.innovationledger.app.Answers.created;
import static org.innovationledger.app.Answers.ok;

/**
 * AMQP publishing on, the broker unreachable (a closed port): the service starts and stays UP, commands are
 * accepted and every read model catches up, while the {@code amqp-publisher} processor fails and keeps its token
 * before the first unpublished event. When the broker comes back (the port starts relaying to the real RabbitMQ;
 * this part is skipped, saying so, when none answers on 127.0.0.1:5672) the publisher delivers every event, the
 * ones recorded during the outage included, once and in ledger order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AmqpBrokerOutageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PUBLISHER = "amqp-publisher";
    private static final String EXCHANGE = RabbitBroker.uniqueExchange("outage");
    private static TcpRelay relay;
    private static RabbitBroker broker;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        String dir = Files.createTempDirectory("ledger-amqp-outage-test").toString();
        relay = TcpRelay.onFreePort();
        registry.add("ledger.data-dir", () -> dir);
        registry.add("ledger.demo", () -> "false");
        registry.add("ledger.integration.amqp.enabled", () -> "true");
        registry.add("ledger.integration.amqp.exchange", () -> EXCHANGE);
        registry.add("spring.rabbitmq.host", () -> RabbitBroker.HOST);
        registry.add("spring.rabbitmq.port", () -> relay.port());
    }

    @AfterAll
    static void closeRelayAndCleanUp() throws Exception {
        if (relay != null) {
            relay.close();
        }
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
    void readModelsGoOnWhileTheBrokerIsDownAndNothingIsLostWhenItIsBack() throws Exception {
        LedgerClient api = new LedgerClient("http://127.0.0.1:" + port, "region-stockholm");
        JsonNode health = ok(api.anonymous().get("/actuator/health"));
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").has("rabbit")).as("no broker health in the service's").isFalse();

        String unit = created(api.post("/api/organisation-units", """
                {"name":"Innovationsklinik Skellefteå","kind":"TESTBED","reason":"Ny testbädd"}"""));
        String initiative = created(api.post("/api/initiatives", """
                {"title":"Digital triage","unitId":"%s","origin":"PARTNER_OFFER","partnerName":"Medtech AB",
                 "processModel":"generic-stage-gate","reason":"r"}""".formatted(unit)));
        long first = jdbc.queryForObject("select min(globalIndex) from DomainEventEntry", Long.class);
        long head = jdbc.queryForObject("select max(globalIndex) from DomainEventEntry", Long.class);

        // every read model catches up and answers; the publisher does not
        awaitProcessors(head, Duration.ofSeconds(30));
        assertThat(ok(api.get("/api/initiatives/" + initiative)).get("title").asText()).isEqualTo("Digital triage");
        long observeUntil = System.currentTimeMillis() + 4000;
        while (System.currentTimeMillis() < observeUntil) {
            assertThat(position(publisher())).as("the publisher's token never passes an unpublished event")
                    .isLessThan(first);
            Thread.sleep(100);
        }
        assertThat(meters.counter("ledger.amqp.failures", "reason", "broker").count()).as("the publisher is retrying")
                .isGreaterThanOrEqualTo(2);
        assertThat(meters.counter("ledger.amqp.published").count()).isZero();
        assertThat(ok(api.anonymous().get("/actuator/health")).get("status").asText()).isEqualTo("UP");

        broker = RabbitBroker.connect(EXCHANGE);
        assumeThat(broker).as(RabbitBroker.UNREACHABLE).isNotNull();
        String queue = broker.bind("org.innovationledger.#");
        relay.open(RabbitBroker.HOST, RabbitBroker.PORT);
        ok(api.post("/api/initiatives/" + initiative + "/gate-decisions", """
                {"gate":"G1","outcome":"PROCEED","decisionBody":"Samordningsgruppen","rationale":"Behovet är styrkt",
                 "evidenceRefs":["Behovsanalys"],"decidedOn":"2024-02-01","reason":"Gate 1"}"""));

        // the processor backs off between retries (1 s, 2 s, 4 s, ...): well within this
        ReadSide.awaitCaughtUp(eventStore, processing, Duration.ofSeconds(90));
        List<Long> stored = jdbc.queryForList("select globalIndex from DomainEventEntry order by globalIndex", Long.class);
        List<GetResponse> received = broker.drain(queue);
        assertThat(received).extracting(message -> JSON.readTree(message.getBody()).get("ledgerposition").asLong())
                .as("every event once, in ledger order, the ones recorded during the outage first")
                .containsExactlyElementsOf(stored);
        assertThat(received).extracting(message -> message.getEnvelope().getRoutingKey()).containsExactly(
                "org.innovationledger.organisation.OrganisationUnitRegistered.v1",
                "org.innovationledger.initiative.InitiativeRegistered.v2",
                "org.innovationledger.initiative.GateDecisionRecorded.v1");
        assertThat(meters.counter("ledger.amqp.published").count()).isEqualTo(3);
    }

    private StreamingEventProcessor publisher() {
        return processing.eventProcessor(PUBLISHER, StreamingEventProcessor.class).orElseThrow();
    }

    /** The furthest position a processor's segments have handled, -1 for none. */
    private static long position(StreamingEventProcessor processor) {
        return processor.processingStatus().values().stream()
                .flatMap(status -> status.getTrackingToken() == null ? Stream.empty()
                        : status.getTrackingToken().position().stream().boxed())
                .mapToLong(Long::longValue).max().orElse(-1);
    }

    /** Every processor but the publisher has handled the event at {@code head}. */
    private void awaitProcessors(long head, Duration within) throws InterruptedException {
        long deadline = System.currentTimeMillis() + within.toMillis();
        List<String> behind;
        do {
            behind = processing.eventProcessors().values().stream()
                    .filter(StreamingEventProcessor.class::isInstance)
                    .map(StreamingEventProcessor.class::cast)
                    .filter(processor -> !processor.getName().equals(PUBLISHER) && position(processor) < head)
                    .map(StreamingEventProcessor::getName)
                    .toList();
            if (behind.isEmpty()) {
                return;
            }
            Thread.sleep(100);
        } while (System.currentTimeMillis() < deadline);
        throw new AssertionError("read models blocked behind the broker: " + behind);
    }

    static {
        // a relay left open by a failed run must not hold the port: closed with the JVM
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (relay != null) {
                relay.close();
            }
        }));
    }
}
