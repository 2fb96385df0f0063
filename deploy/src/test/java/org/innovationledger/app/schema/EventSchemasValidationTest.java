package org.innovationledger.app.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import org.innovationledger.app.LedgerClient;
import org.innovationledger.app.demo.DemoLoader;
import org.innovationledger.kernel.contract.CloudEventTypes;
import org.innovationledger.kernel.contract.EventSchemas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published JSON Schemas describe the events the ledger really writes: the application with the demo history
 * on a fresh data folder, every stored event's payload (the bytes the event serializer wrote) validated against the
 * schema of its type, as the kernel jar ships it; and the schemas are served over HTTP to the roles that may read
 * the event feed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EventSchemasValidationTest {

    /**
     * Event types the demo history holds: 45 of the 67. Not in it: agreement amendments, decision points, revisions,
     * withdrawals, expiries and terminations; measurements, value distributions and transfers; sharing, renames,
     * retractions, process-model definitions, indicator and value-model revisions, two need closings.
     */
    private static final int MOST_TYPES = 45;
    private static final Path DATA = createDataDir();
    /** Draft 2020-12 with formats asserted, so that a date that is not an ISO date is refused too. */
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            registry -> registry.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
                    .build()));
    private static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void demoOnAFreshFolder(DynamicPropertyRegistry registry) {
        registry.add("ledger.data-dir", DATA::toString);
        registry.add("ledger.demo", () -> "true");
    }

    @LocalServerPort
    int port;
    @Autowired
    DemoLoader loader;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyStoredEventOfTheDemoHistoryIsValidAgainstItsPublishedSchema() throws Exception {
        assertThat(loader.result().outcome()).as(String.valueOf(loader.result()))
                .isEqualTo(DemoLoader.Outcome.LOADED);
        Map<String, Schema> schemas = new HashMap<>();
        SortedMap<String, Integer> validated = new TreeMap<>();
        List<String> invalid = new ArrayList<>();
        List<Map<String, Object>> stored = jdbc.queryForList(
                "select globalIndex, payloadType, payloadRevision, payload from DomainEventEntry order by globalIndex");
        for (Map<String, Object> row : stored) {
            Class<?> eventType = Class.forName((String) row.get("payloadType"));
            assertThat(row.get("payloadRevision")).as("stored under its current revision")
                    .isEqualTo(CloudEventTypes.revision(eventType));
            String type = CloudEventTypes.of(eventType);
            String json = new String((byte[]) row.get("payload"), StandardCharsets.UTF_8);
            List<Error> errors = schemas.computeIfAbsent(type, EventSchemasValidationTest::schema)
                    .validate(json, InputFormat.JSON);
            if (!errors.isEmpty()) {
                invalid.add("event " + row.get("globalIndex") + " " + type + ": " + errors + "\n  " + json);
            }
            validated.merge(type, 1, Integer::sum);
            if (validated.get(type) == 1) {
                assertRefusesWhatTheLedgerDoesNotWrite(schemas.get(type), json);
            }
        }
        Set<String> published = publishedTypes();
        Set<String> uncovered = new TreeSet<>(published);
        uncovered.removeAll(validated.keySet());
        System.out.printf("validated %d stored events of %d of the %d published event types; not in the demo"
                + " history: %s%n", stored.size(), validated.size(), published.size(), uncovered);

        assertThat(invalid).as("stored events that their published schema refuses").isEmpty();
        assertThat(stored).hasSizeGreaterThan(1000);
        assertThat(published).containsAll(validated.keySet());
        assertThat(validated).as("event types the demo history covers").hasSizeGreaterThanOrEqualTo(MOST_TYPES);
    }

    @Test
    void theSchemasAreServedToTheFeedsReadersByTypeAndByName() {
        LedgerClient integration = new LedgerClient("http://127.0.0.1:" + port, "region-stockholm")
                .as("integration", "integration");
        LedgerClient.Response index = integration.get("/api/events/schemas");
        assertThat(index.status()).as(index.toString()).isEqualTo(200);
        JsonNode entries = index.json().get("schemas");
        assertThat(entries).hasSize(publishedTypes().size());
        JsonNode gate = null;
        for (JsonNode entry : entries) {
            if (entry.get("name").asText().equals("GateDecisionRecorded")) {
                gate = entry;
            }
        }
        assertThat(gate).isNotNull();
        LedgerClient.Binary schema = integration.bytes(gate.get("href").asText());
        assertThat(schema.status()).isEqualTo(200);
        assertThat(schema.header("Content-Type")).isEqualTo("application/schema+json");
        assertThat(schema.body()).isEqualTo(classpath(gate.get("file").asText()));
        String etag = schema.header("ETag");
        assertThat(integration.bytes("/api/events/schemas/GateDecisionRecorded", "If-None-Match", etag).status())
                .isEqualTo(304);

        LedgerClient.Response unknown = integration.get("/api/events/schemas/NoSuchEvent");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().get("detail").asText()).contains("GET /api/events/schemas lists");

        assertThat(integration.as("auditor", "auditor").get("/api/events/schemas").status()).isEqualTo(200);
        assertThat(integration.as("manager", "manager").get("/api/events/schemas").status())
                .as("the feed's schemas are for the roles that read the feed").isEqualTo(403);
    }

    /** The validation is real: an unknown field, and a date or a required field turned into a number, fail. */
    private static void assertRefusesWhatTheLedgerDoesNotWrite(Schema schema, String json) throws IOException {
        ObjectNode extra = (ObjectNode) JSON.readTree(json);
        extra.put("unexpected", 1);
        assertThat(schema.validate(extra.toString(), InputFormat.JSON)).as("an unknown field in " + json)
                .isNotEmpty();
        ObjectNode event = (ObjectNode) JSON.readTree(json);
        String first = event.fieldNames().next();
        event.put(first, 1.5);
        assertThat(schema.validate(event.toString(), InputFormat.JSON)).as(first + " as a number in " + json)
                .isNotEmpty();
        event.remove(first);
        assertThat(schema.validate(event.toString(), InputFormat.JSON)).as("without " + first + " in " + json)
                .isNotEmpty();
        ObjectNode properties = (ObjectNode) JSON.readTree(schema.getSchemaNode().toString()).get("properties");
        properties.properties().stream().filter(p -> "date".equals(p.getValue().path("format").asText()))
                .findFirst().ifPresent(date -> {
                    ObjectNode wrong = (ObjectNode) readTree(json);
                    wrong.put(date.getKey(), "02/05/2024");
                    assertThat(schema.validate(wrong.toString(), InputFormat.JSON))
                            .as(date.getKey() + " not as an ISO date in " + json).isNotEmpty();
                });
    }

    private static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> publishedTypes() {
        try (InputStream in = resource(EventSchemas.INDEX)) {
            JsonNode index = JSON.readTree(in);
            return new TreeSet<>(index.get("schemas").findValuesAsText("type"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema schema(String type) {
        return REGISTRY.getSchema(new String(classpath(type + EventSchemas.FILE_SUFFIX), StandardCharsets.UTF_8),
                InputFormat.JSON);
    }

    private static byte[] classpath(String file) {
        try (InputStream in = resource(file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String file) {
        InputStream in = EventSchemasValidationTest.class.getClassLoader()
                .getResourceAsStream(EventSchemas.DIRECTORY + file);
        assertThat(in).as(EventSchemas.DIRECTORY + file).isNotNull();
        return in;
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("ledger-schemas-test");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
