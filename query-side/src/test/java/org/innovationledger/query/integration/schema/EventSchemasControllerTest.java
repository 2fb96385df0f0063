package org.innovationledger.query.integration.schema;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.innovationledger.kernel.contract.CloudEventTypes;
import org.innovationledger.kernel.initiative.GateDecisionRecorded;
import org.innovationledger.kernel.initiative.InitiativeRegistered;
import org.innovationledger.query.infra.PublishedEventTypes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.io.InputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The schema API serves the kernel jar's committed files: the index with hrefs, each file byte for byte. */
class EventSchemasControllerTest {

    private static final String GATE_DECISION = CloudEventTypes.of(GateDecisionRecorded.class);

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.standaloneSetup(new EventSchemasController(new PublishedSchemas(new ObjectMapper())))
                .build();
    }

    @Test
    void theIndexListsEveryPublishedEventTypeWithItsHref() throws Exception {
        List<String> published = new PublishedEventTypes().names().stream().toList();
        MvcResult result = mvc.perform(get("/api/events/schemas"))
                .andExpect(status().isOk())
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.schemas.length()").value(published.size()))
                .andReturn();
        String json = result.getResponse().getContentAsString();
        assertThat(new ObjectMapper().readTree(json).get("schemas").findValuesAsText("name"))
                .containsExactlyInAnyOrderElementsOf(published);
        mvc.perform(get("/api/events/schemas"))
                .andExpect(jsonPath("$.schemas[?(@.name == 'GateDecisionRecorded')].type").value(GATE_DECISION))
                .andExpect(jsonPath("$.schemas[?(@.name == 'GateDecisionRecorded')].href")
                        .value("/api/events/schemas/" + GATE_DECISION))
                .andExpect(jsonPath("$.schemas[?(@.name == 'InitiativeRegistered')].revision").value("2"))
                .andExpect(jsonPath("$.schemas[?(@.name == 'InitiativeRegistered')].schemaId")
                        .value(CloudEventTypes.schemaId(InitiativeRegistered.class)));
    }

    @Test
    void aSchemaIsTheCommittedFileByTypeOrByName() throws Exception {
        byte[] committed;
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("contract/schemas/" + GATE_DECISION + ".schema.json")) {
            committed = in.readAllBytes();
        }
        MvcResult byType = mvc.perform(get("/api/events/schemas/" + GATE_DECISION))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/schema+json"))
                .andExpect(content().bytes(committed))
                .andExpect(jsonPath("$.$id").value(CloudEventTypes.schemaId(GateDecisionRecorded.class)))
                .andReturn();
        String etag = byType.getResponse().getHeader("ETag");
        assertThat(etag).matches("\"\\d+\"");

        mvc.perform(get("/api/events/schemas/GateDecisionRecorded"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", etag))
                .andExpect(content().bytes(committed));
        mvc.perform(get("/api/events/schemas/InitiativeRegistered"))
                .andExpect(jsonPath("$.$id").value(CloudEventTypes.schemaId(InitiativeRegistered.class)));
        mvc.perform(get("/api/events/schemas/" + GATE_DECISION).header("If-None-Match", etag))
                .andExpect(status().isNotModified())
                .andExpect(content().bytes(new byte[0]));
    }

    @Test
    void anUnknownTypeIsANotFoundProblemThatSaysWhereTheTypesAre() throws Exception {
        mvc.perform(get("/api/events/schemas/org.innovationledger.initiative.GateDecisionRecorded.v9"))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.rule").value("EVENT_SCHEMA_UNKNOWN"))
                .andExpect(jsonPath("$.detail").value(containsString("GET /api/events/schemas lists")))
                .andExpect(jsonPath("$.index").value("/api/events/schemas"));
    }
}
