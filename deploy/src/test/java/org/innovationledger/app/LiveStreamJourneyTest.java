package org.innovationledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.Lifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.app.Answers.created;
import static org.innovationledger.app.Answers.ok;
import static org.innovationledger.app.PortfolioJourney.assertProblem;

/**
 * The live stream over HTTP, as an integration of Region Stockholm follows it: it reads part of the region's events,
 * drops the connection while more are recorded, reconnects with Last-Event-ID and then has received exactly the
 * region's events, each once, in order, none of Region Västerbotten's; events recorded while it listens arrive at
 * once, heartbeats keep an idle stream alive, a bad resume point is a 400 before any stream, and one stream more than
 * {@code max-connections} is a 503 until a dropped one is noticed and freed; stopping the application ends the
 * open streams.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ledger.integration.stream.heartbeat=PT0.3S",
        "ledger.integration.stream.max-connections=2",
        "ledger.integration.stream.retry=PT1.5S"})
class LiveStreamJourneyTest {

    private static final String STREAM = "/api/events/stream";
    private static final String INTEGRATION = "integration@region-stockholm";
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) throws Exception {
        String dir = Files.createTempDirectory("ledger-live-stream-test").toString();
        registry.add("ledger.data-dir", () -> dir);
        registry.add("ledger.demo", () -> "false");
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry meters;
    @Autowired
    ApplicationContext context;

    private final List<EventStreamClient> streams = new ArrayList<>();

    @AfterEach
    void dropStreams() {
        streams.forEach(EventStreamClient::close);
        awaitOpenStreams(0);
    }

    @Test
    void anIntegrationResumesAfterADisconnectWithNeitherGapNorDuplicate() {
        LedgerClient stockholm = new LedgerClient(baseUrl(), "region-stockholm");
        LedgerClient vasterbotten = stockholm.asTenant("region-vasterbotten");
        String region = unit(stockholm, "Region Stockholm", "REGION", null);
        unit(vasterbotten, "Region Västerbotten", "REGION", null);
        String hospital = unit(stockholm, "Karolinska Universitetssjukhuset", "HOSPITAL", region);
        unit(stockholm, "Akutmottagningen", "CLINIC", hospital);

        // ---- first connection: the region's history from the start, dropped after two events ----
        EventStreamClient first = open(STREAM);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("Content-Type")).startsWith("text/event-stream");
        assertThat(first.next(WAIT).retry()).as("the stream starts with the reconnect delay").isEqualTo("1500");
        List<EventStreamClient.Frame> received = new ArrayList<>();
        received.add(first.nextEvent(WAIT));
        received.add(first.nextEvent(WAIT));
        assertThat(openStreams()).isEqualTo(1);
        first.close();

        // ---- recorded while nobody listens ----
        unit(vasterbotten, "Norrlands universitetssjukhus", "HOSPITAL", null);
        unit(stockholm, "Södersjukhuset", "HOSPITAL", region);
        unit(stockholm, "Danderyds sjukhus", "HOSPITAL", region);
        awaitOpenStreams(0); // the next heartbeat to the dropped client fails: its connection is freed

        // ---- reconnect as a browser does: the original URL plus Last-Event-ID ----
        String lastId = received.get(received.size() - 1).id();
        EventStreamClient second = open(STREAM + "?after=-1", "Last-Event-ID", lastId);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.next(WAIT).retry()).isEqualTo("1500");
        EventStreamClient.Frame frame;
        while ((frame = second.next(WAIT)).isEvent()) {
            received.add(frame);
        }
        assertThat(frame.comment()).as("once caught up, the idle stream beats").startsWith("heartbeat ");
        Instant beat = Instant.parse(frame.comment().substring("heartbeat ".length()));
        assertThat(beat).isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(1));

        // ---- exactly the region's events, each once, in position order ----
        JsonNode feed = ok(new LedgerClient(baseUrl(), INTEGRATION, LedgerClient.TEST_PASSWORD)
                .get("/api/events?limit=1000")).get("events");
        assertThat(feed).hasSize(5);
        List<Long> regionPositions = new ArrayList<>();
        feed.forEach(event -> regionPositions.add(event.get("ledgerposition").asLong()));
        assertThat(positions(received)).as("read in two connections").containsExactlyElementsOf(regionPositions);
        List<String> feedIds = new ArrayList<>();
        feed.forEach(event -> feedIds.add(event.get("id").asText()));
        assertThat(received.stream().map(f -> json(f).get("id").asText()).toList()).containsExactlyElementsOf(feedIds);
        assertThat(received).allSatisfy(f -> {
            JsonNode event = json(f);
            assertThat(event.get("tenant").asText()).isEqualTo("region-stockholm");
            assertThat(f.event()).isEqualTo(event.get("type").asText())
                    .isEqualTo("org.innovationledger.organisation.OrganisationUnitRegistered.v1");
            assertThat(f.id()).as("the id is the cursor after the event")
                    .matches(event.get("ledgerposition").asLong() + "(~[0-9,]+)?");
        });
        assertThat(received.stream().map(f -> json(f).get("data").get("name").asText()))
                .containsExactly("Region Stockholm", "Karolinska Universitetssjukhuset", "Akutmottagningen",
                        "Södersjukhuset", "Danderyds sjukhus");
        List<Long> stored = jdbc.queryForList("select globalIndex from DomainEventEntry order by globalIndex",
                Long.class);
        assertThat(stored).as("Västerbotten's two are in the store, not in Stockholm's stream").hasSize(7)
                .containsAll(regionPositions);

        // ---- live: what is recorded now arrives at once, the other region's never ----
        unit(vasterbotten, "Skellefteå lasarett", "HOSPITAL", null);
        unit(stockholm, "S:t Görans sjukhus", "HOSPITAL", region);
        EventStreamClient.Frame live = second.nextEvent(WAIT);
        assertThat(json(live).get("data").get("name").asText()).isEqualTo("S:t Görans sjukhus");
        assertThat(json(live).get("ledgerposition").asLong()).isGreaterThan(regionPositions.get(4));
        assertThat(second.next(WAIT).comment()).as("and then silence again").startsWith("heartbeat ");
    }

    @Test
    void aBadQuestionIsAProblemBeforeAnyStream() {
        LedgerClient integration = new LedgerClient(baseUrl(), INTEGRATION, LedgerClient.TEST_PASSWORD);
        assertProblem(integration.get(STREAM, "Accept", "text/event-stream", "Last-Event-ID", "not-a-cursor"),
                400, "INVALID_INPUT");
        assertThat(integration.get(STREAM, "Accept", "text/event-stream", "Last-Event-ID", "12~x").json()
                .get("detail").asText()).startsWith("Last-Event-ID is not a feed cursor");
        assertProblem(integration.get(STREAM + "?after=-7", "Accept", "text/event-stream"), 400, "INVALID_INPUT");
        assertProblem(integration.get(STREAM + "?type=NoSuchEvent", "Accept", "text/event-stream"),
                400, "INVALID_INPUT");
        assertProblem(integration.get(STREAM + "?scope=global", "Accept", "text/event-stream"),
                403, "ROLE_NOT_ALLOWED");
        assertProblem(new LedgerClient(baseUrl(), "region-stockholm").get(STREAM, "Accept", "text/event-stream"),
                403, "ROLE_NOT_ALLOWED");
        assertThat(openStreams()).as("no stream was opened").isZero();
    }

    @Test
    void oneStreamMoreThanAllowedIsRefusedUntilOneIsFreed() {
        EventStreamClient one = open(STREAM);
        EventStreamClient two = open(STREAM + "?type=InitiativeRegistered");
        assertThat(one.status()).isEqualTo(200);
        assertThat(two.status()).isEqualTo(200);
        awaitOpenStreams(2);

        EventStreamClient three = open(STREAM);
        assertThat(three.status()).isEqualTo(503);
        assertThat(three.header("Retry-After")).isEqualTo("2");
        assertThat(three.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = parse(three.body(WAIT));
        assertThat(problem.get("rule").asText()).isEqualTo("STREAMS_EXHAUSTED");
        assertThat(problem.get("status").asInt()).isEqualTo(503);

        one.close();
        awaitOpenStreams(1);
        EventStreamClient four = open(STREAM);
        assertThat(four.status()).as("the dropped stream's place is free again").isEqualTo(200);
        assertThat(four.next(WAIT).retry()).isEqualTo("1500");
    }

    @Test
    void stoppingTheApplicationEndsEveryStream() {
        Lifecycle connections = context.getBean("streamConnections", Lifecycle.class);
        EventStreamClient listening = open(STREAM);
        assertThat(listening.next(WAIT).retry()).isEqualTo("1500");
        awaitOpenStreams(1);
        connections.stop();
        try {
            assertThat(listening.body(WAIT)).as("the response ended, properly").startsWith("retry:1500\n");
            assertThat(openStreams()).isZero();
            assertThat(open(STREAM).status()).as("no new stream while stopping").isEqualTo(503);
        } finally {
            connections.start();
        }
        assertThat(open(STREAM).status()).isEqualTo(200);
    }

    private EventStreamClient open(String path, String... headers) {
        EventStreamClient stream = EventStreamClient.open(baseUrl(), INTEGRATION, path, headers);
        streams.add(stream);
        return stream;
    }

    private static String unit(LedgerClient manager, String name, String kind, String parent) {
        return created(manager.post("/api/organisation-units", parent == null
                ? "{\"name\":\"%s\",\"kind\":\"%s\",\"reason\":\"Ny enhet\"}".formatted(name, kind)
                : "{\"name\":\"%s\",\"kind\":\"%s\",\"reason\":\"Ny enhet\",\"parentId\":\"%s\"}".formatted(name, kind, parent)));
    }

    private static List<Long> positions(List<EventStreamClient.Frame> frames) {
        return frames.stream().map(frame -> json(frame).get("ledgerposition").asLong()).toList();
    }

    private static JsonNode json(EventStreamClient.Frame frame) {
        return parse(frame.data());
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + text, e);
        }
    }

    private double openStreams() {
        Gauge gauge = meters.find("ledger.stream.connections").gauge();
        assertThat(gauge).as("the gauge of open streams").isNotNull();
        return gauge.value();
    }

    /** A dropped client is noticed when a write to it fails, within a heartbeat or two. */
    private void awaitOpenStreams(int expected) {
        long deadline = System.currentTimeMillis() + WAIT.toMillis();
        while (openStreams() != expected) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("open streams: " + openStreams() + ", expected " + expected);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + port;
    }
}
