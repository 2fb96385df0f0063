package org.innovationledger.kernel.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.innovationledger.kernel.agreement.AgreementParty;
import org.innovationledger.kernel.agreement.AgreementDrafted;
import org.innovationledger.kernel.fund.FundingCallOpened;
import org.innovationledger.kernel.indicator.IndicatorValueSubmitted;
import org.innovationledger.kernel.initiative.GateDecisionRecorded;
import org.innovationledger.kernel.initiative.InitiativeId;
import org.innovationledger.kernel.initiative.PartyPosition;
import org.innovationledger.kernel.initiative.StrategicDecision;
import org.innovationledger.kernel.process.EntryRequirement;
import org.innovationledger.kernel.process.GateOutcome;
import org.innovationledger.kernel.process.ProcessModelDefined;
import org.innovationledger.kernel.realisation.BaselineMeasured;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published JSON Schemas ({@code contract/schemas/*.schema.json} and {@code index.json} in the kernel jar) are
 * exactly what {@link EventSchemas} makes of the current events, and the mapping rules hold on real events.
 * {@code -Dcontract.update=true} rewrites the files (the same switch as {@link EventContractTest}).
 */
class EventSchemasTest {

    private static final Path DIRECTORY = Path.of("src/main/resources").resolve(EventSchemas.DIRECTORY);
    private static final KernelSources SOURCES = new KernelSources();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theCommittedSchemaFilesAreWhatTheGeneratorWrites() throws IOException {
        List<Class<?>> events = KernelEvents.all();
        assertThat(events).as("the kernel's events").hasSizeGreaterThan(50);
        Map<String, String> expected = new TreeMap<>();
        for (Class<?> event : events) {
            expected.put(EventSchemas.fileName(event), EventSchemas.text(EventSchemas.schema(event, SOURCES)));
        }
        expected.put(EventSchemas.INDEX, EventSchemas.text(EventSchemas.index(events)));
        if (Boolean.getBoolean("contract.update")) {
            Files.createDirectories(DIRECTORY);
            for (String stale : committed().keySet()) {
                if (!expected.containsKey(stale)) {
                    Files.delete(DIRECTORY.resolve(stale));
                }
            }
            for (Map.Entry<String, String> file : expected.entrySet()) {
                Files.writeString(DIRECTORY.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
        }
        Map<String, String> committed = committed();
        List<String> differing = new ArrayList<>();
        expected.forEach((file, text) -> {
            if (!text.equals(committed.get(file))) {
                differing.add(file + (committed.containsKey(file) ? " (changed)" : " (missing)"));
            }
        });
        committed.keySet().stream().filter(file -> !expected.containsKey(file))
                .forEach(file -> differing.add(file + " (no such event any more)"));
        assertThat(differing).as("schema files in " + DIRECTORY + " that differ from what EventSchemas makes of"
                + " the kernel's events: run this test once with -Dcontract.update=true and commit the files")
                .isEmpty();
    }

    @Test
    void everySchemaNamesItsEventAndListsEveryPropertyAsRequiredAndClosed() {
        ObjectNode schema = schema(GateDecisionRecorded.class);
        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("$id").asText())
                .isEqualTo("urn:innovation-ledger:schema:org.innovationledger.initiative.GateDecisionRecorded.v1");
        assertThat(schema.get("title").asText()).isEqualTo("GateDecisionRecorded");
        assertThat(schema.get("description").asText()).isEqualTo("Data of the"
                + " org.innovationledger.initiative.GateDecisionRecorded.v1 CloudEvent: A gate decision moved the"
                + " initiative from one phase to another, kept it (ADJUST) or ended it (toPhase null).");
        assertThat(schema.get("type").asText()).isEqualTo("object");
        assertThat(names(schema.get("required"))).containsExactly("initiativeId", "decisionId", "gate", "outcome",
                "fromPhase", "toPhase", "decisionBody", "partyPositions", "rationale", "evidenceRefs", "decidedOn",
                "strategicDecision");
        assertThat(fieldNames(schema.get("properties"))).isEqualTo(names(schema.get("required")));
        assertThat(schema.get("additionalProperties").asBoolean(true)).isFalse();
    }

    @Test
    void anIdIsAStringAnEnumItsConstantsADateAFormattedString() {
        JsonNode properties = schema(GateDecisionRecorded.class).get("properties");
        assertThat(properties.get("initiativeId")).isEqualTo(json("""
                {"title": "InitiativeId", "type": ["string", "null"]}"""));
        List<String> outcomes = new ArrayList<>(Arrays.stream(GateOutcome.values()).map(Enum::name).toList());
        assertThat(properties.get("outcome").get("type")).isEqualTo(json("[\"string\", \"null\"]"));
        assertThat(properties.get("outcome").get("enum")).hasSize(outcomes.size() + 1);
        assertThat(names(properties.get("outcome").get("enum"))).startsWith(outcomes.toArray(String[]::new));
        assertThat(properties.get("outcome").get("enum").get(outcomes.size()).isNull()).isTrue();
        assertThat(properties.get("decidedOn")).isEqualTo(json("""
                {"type": ["string", "null"], "format": "date"}"""));
    }

    @Test
    void aNestedRecordIsADefinitionAndAListAnArray() {
        ObjectNode schema = schema(GateDecisionRecorded.class);
        JsonNode properties = schema.get("properties");
        assertThat(properties.get("evidenceRefs")).isEqualTo(json("""
                {"type": ["array", "null"], "items": {"type": "string"}}"""));
        assertThat(properties.get("partyPositions")).isEqualTo(json("""
                {"type": ["array", "null"], "items": {"$ref": "#/$defs/PartyPosition"}}"""));
        assertThat(properties.get("strategicDecision")).isEqualTo(json("""
                {"anyOf": [{"$ref": "#/$defs/StrategicDecision"}, {"type": "null"}]}"""));
        // the value records' constructors refuse null, so their components are not nullable
        assertThat(schema.get("$defs").get("StrategicDecision")).isEqualTo(json("""
                {"title": "StrategicDecision",
                 "description": "One party's conscious decision to go ahead although the economic value is negative or the partners disagree (\\"ett medvetet beslut och en prioritering utifrån andra värden\\"): it must name the non-economic values it relies on.",
                 "type": "object",
                 "properties": {"decidingParty": {"type": "string"},
                                "nonEconomicValues": {"type": "array", "items": {"type": "string"}}},
                 "required": ["decidingParty", "nonEconomicValues"],
                 "additionalProperties": false}"""));
        assertThat(fieldNames(schema.get("$defs"))).containsExactly("PartyPosition", "StrategicDecision");
        assertThat(schema.get("$defs").get("PartyPosition").get("properties").get("position").get("type").asText())
                .isEqualTo("string");
    }

    @Test
    void aDecimalIsANumberAndMoneyAnObjectOfAmountAndCurrency() {
        ObjectNode baseline = schema(BaselineMeasured.class);
        assertThat(baseline.get("properties").get("value")).isEqualTo(json("""
                {"type": ["number", "null"]}"""));
        ObjectNode call = schema(FundingCallOpened.class);
        assertThat(call.get("properties").get("round")).as("a primitive is never null").isEqualTo(json("""
                {"type": "integer"}"""));
        assertThat(call.get("$defs").get("Money").get("properties")).isEqualTo(json("""
                {"amount": {"type": "number"}, "currency": {"type": "string"}}"""));
        assertThat(EventSchemas.schema(FundingCallOpened.class).get("$defs").get("Money").get("properties")
                .get("amount")).as("without the sources nothing is known to be present").isEqualTo(json("""
                {"type": ["number", "null"]}"""));
    }

    @Test
    void aSetIsAnArrayOfUniqueItemsAndAnIndicatorValueABooleanOrANumber() {
        JsonNode phase = schema(ProcessModelDefined.class).get("$defs").get("PhaseDefinition");
        JsonNode requirements = phase.get("properties").get("entryRequirements");
        assertThat(requirements.get("type").asText()).isEqualTo("array");
        assertThat(requirements.get("uniqueItems").asBoolean()).isTrue();
        assertThat(requirements.get("items").get("enum")).hasSize(EntryRequirement.values().length);
        assertThat(schema(IndicatorValueSubmitted.class).get("properties").get("value")).isEqualTo(json("""
                {"title": "IndicatorValue", "type": ["boolean", "number", "null"]}"""));
    }

    @Test
    void jacksonsAnnotationsCount() {
        JsonNode party = schema(AgreementDrafted.class).get("$defs").get("AgreementParty");
        assertThat(fieldNames(party.get("properties"))).as("party() and ownUnit() are @JsonIgnore")
                .containsExactly("unitId", "partnerId", "role");
        assertThat(party.get("properties").get("role")).isEqualTo(json("{\"type\": \"string\"}"));
        assertThat(party.get("properties").get("unitId").get("type")).as("one of unitId and partnerId is null")
                .isEqualTo(json("[\"string\", \"null\"]"));
    }

    @Test
    void theSchemaListsExactlyTheFieldsJacksonWritesForTheEvent() throws IOException {
        // the application's mapper (Spring Boot's): dates as ISO text, nulls written
        ObjectMapper application = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        GateDecisionRecorded event = new GateDecisionRecorded(InitiativeId.of("init-1"), "d-1", "G1",
                GateOutcome.PROCEED, "IDEA", "PILOT", "Board", List.of(new PartyPosition("region",
                GateOutcome.PROCEED)), "fits", List.of(), LocalDate.of(2024, 5, 2),
                new StrategicDecision("region", List.of("equity")));
        JsonNode written = application.readTree(application.writeValueAsString(event));
        assertThat(fieldNames(written)).isEqualTo(names(schema(GateDecisionRecorded.class).get("required")));
        assertThat(written.get("initiativeId").asText()).isEqualTo("init-1");
        assertThat(written.get("decidedOn").asText()).isEqualTo("2024-05-02");
    }

    @Test
    void theIndexListsEveryEventWithItsFile() {
        ObjectNode index = EventSchemas.index(List.of(GateDecisionRecorded.class, BaselineMeasured.class));
        assertThat(index).isEqualTo(json("""
                {"schemas": [
                  {"type": "org.innovationledger.initiative.GateDecisionRecorded.v1", "name": "GateDecisionRecorded",
                   "revision": "1",
                   "schemaId": "urn:innovation-ledger:schema:org.innovationledger.initiative.GateDecisionRecorded.v1",
                   "file": "org.innovationledger.initiative.GateDecisionRecorded.v1.schema.json"},
                  {"type": "org.innovationledger.realisation.BaselineMeasured.v1", "name": "BaselineMeasured",
                   "revision": "1",
                   "schemaId": "urn:innovation-ledger:schema:org.innovationledger.realisation.BaselineMeasured.v1",
                   "file": "org.innovationledger.realisation.BaselineMeasured.v1.schema.json"}]}"""));
        assertThat(EventSchemas.text(index)).startsWith("{\n  \"schemas\": [\n    {\n      \"type\": ").endsWith("}\n");
    }

    @Test
    void onlyUnconditionalChecksMakeAComponentNonNull() {
        assertThat(SOURCES.refusesNull(PartyPosition.class, "party")).isTrue();
        assertThat(SOURCES.refusesNull(PartyPosition.class, "position")).isTrue();
        assertThat(SOURCES.refusesNull(AgreementParty.class, "unitId")).as("checked only together with partnerId")
                .isFalse();
        assertThat(SOURCES.refusesNull(GateDecisionRecorded.class, "initiativeId")).as("events check nothing")
                .isFalse();
    }

    private static ObjectNode schema(Class<?> event) {
        return EventSchemas.schema(event, SOURCES);
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(node -> names.add(node.asText()));
        return names;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Map<String, String> committed() throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (Files.isDirectory(DIRECTORY)) {
            try (Stream<Path> list = Files.list(DIRECTORY)) {
                for (Path file : list.filter(f -> f.toString().endsWith(".json")).toList()) {
                    files.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        return files;
    }
}
