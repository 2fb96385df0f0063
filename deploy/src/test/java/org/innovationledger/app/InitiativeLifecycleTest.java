package org.innovationledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.app.Answers.created;
import static org.innovationledger.app.Answers.ok;
import static org.innovationledger.app.PortfolioJourney.assertProblem;

/**
 * A portfolio manager's week over HTTP: one initiative walked from a need to scale-up under the generic
 * stage-gate, one partnership case that fails fast under the VLL process, and the refusals in between; then the
 * overview, the timeline and the gate-decision log must tell the same story.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InitiativeLifecycleTest {

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) throws Exception {
        String dir = Files.createTempDirectory("ledger-lifecycle-test").toString();
        registry.add("ledger.data-dir", () -> dir);
        registry.add("ledger.demo", () -> "false");
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    LedgerClient api;
    String region;
    String hospital;
    String clinic;
    String testbed;

    @BeforeEach
    void units() {
        api = new LedgerClient("http://127.0.0.1:" + port, "region-vasterbotten");
        region = created(api.post("/api/organisation-units", """
                {"name":"Region Västerbotten","kind":"REGION","reason":"test"}"""));
        hospital = created(api.post("/api/organisation-units", """
                {"name":"Norrlands universitetssjukhus","kind":"HOSPITAL","parentId":"%s","reason":"test"}""".formatted(region)));
        clinic = created(api.post("/api/organisation-units", """
                {"name":"Geriatriska kliniken","kind":"CLINIC","parentId":"%s","reason":"test"}""".formatted(hospital)));
        testbed = created(api.post("/api/organisation-units", """
                {"name":"Innovationsklinik Skellefteå","kind":"TESTBED","parentId":"%s","establishedOn":"2017-05-01",
                 "reason":"test"}""".formatted(region)));
    }

    @Test
    void fromNeedToScaleUp() {
        String need = created(api.post("/api/needs", """
                {"title":"Färre akuta inläggningar av multisjuka äldre","description":"Behov från vårdpersonal",
                 "source":"STAFF","unitId":"%s","reason":"Behovsinventering 2019"}""".formatted(clinic)));
        String id = created(api.post("/api/initiatives", """
                {"title":"Digital tillsyn i hemmet","unitId":"%s","origin":"NEED","needId":"%s",
                 "processModel":"generic-stage-gate","reason":"Registrerat från behov"}""".formatted(hospital, need)));
        ok(api.post("/api/initiatives/" + id + "/classification", """
                {"strategyArea":"Nära vård","innovationType":"SERVICE","testbedUnitId":"%s","reason":"klassning"}"""
                .formatted(testbed)));

        long version = decide(id, "G1", "PROCEED", null);
        version = decide(id, "G2", "PROCEED", version);
        assertProblem(api.post("/api/initiatives/" + id + "/gate-decisions", decision("G3", "PROCEED"),
                "If-Match", "\"" + (version - 1) + "\""), 412, "STALE_VERSION");
        version = decide(id, "G3", "PROCEED", version);
        assertProblem(api.post("/api/initiatives/" + id + "/gate-decisions", decision("G4", "SCALE_UP")),
                409, "OUTCOME_NOT_ALLOWED");
        assertProblem(api.post("/api/initiatives/" + id + "/gate-decisions", decision("G5", "IMPLEMENT")),
                409, "GATE_NOT_CURRENT");
        version = decide(id, "G4", "PROCEED", version);

        String pilot = created(api.post("/api/initiatives/" + id + "/pilots", """
                {"unitId":"%s","startedOn":"2020-02-01","reason":"pilot"}""".formatted(testbed)));
        ok(api.post("/api/initiatives/" + id + "/pilots/" + pilot + "/completion", """
                {"completedOn":"2020-09-30","result":"Färre inläggningar under pilotperioden","reason":"pilot klar"}"""));
        decide(id, "G5", "IMPLEMENT", null);
        ok(api.post("/api/initiatives/" + id + "/implementations", """
                {"unitId":"%s","on":"2020-11-01","reason":"i drift"}""".formatted(clinic)));
        decide(id, "G6", "SCALE_UP", null);
        ok(api.post("/api/initiatives/" + id + "/spread", """
                {"unitId":"%s","on":"2021-03-01","reason":"spridning"}""".formatted(hospital)));

        JsonNode initiative = api.await("/api/initiatives/" + id,
                r -> r.status() == 200 && r.json().path("spread").size() == 1).json();
        assertThat(initiative.get("stage").asText()).isEqualTo("SPREAD");
        assertThat(initiative.get("status").asText()).isEqualTo("OPEN");
        assertThat(initiative.get("needId").asText()).isEqualTo(need);
        assertThat(initiative.get("implementations")).hasSize(1);

        JsonNode overview = api.await("/api/portfolio?stage=SPREAD", r -> r.json().get("total").asInt() == 1).json();
        assertThat(overview.get("inOperation").asInt()).isEqualTo(1);
        assertThat(overview.get("byStrategyArea").get(0).get("value").asText()).isEqualTo("Nära vård");

        JsonNode timeline = api.get("/api/initiatives/" + id + "/timeline").json().get("entries");
        List<String> types = new ArrayList<>();
        timeline.forEach(entry -> types.add(entry.get("type").asText()));
        assertThat(types).startsWith("InitiativeRegistered", "InitiativeClassified", "GateDecisionRecorded")
                .contains("PilotStarted", "PilotCompleted", "InitiativeImplemented", "InitiativeSpread");
        timeline.forEach(entry -> assertThat(entry.get("principal").asText()).isEqualTo("manager@region-vasterbotten"));

        JsonNode log = api.get("/api/gate-decisions?initiativeId=" + id).json();
        assertThat(log.get("total").asInt()).isEqualTo(6);
        assertThat(log.get("entries").get(0).get("gate").asText()).as("newest first").isEqualTo("G6");

        JsonNode backlog = api.await("/api/needs/" + need, r -> r.json().path("initiatives").size() == 1).json();
        assertThat(backlog.get("initiatives").get(0).asText()).isEqualTo(id);
    }

    @Test
    void partnershipCaseFailsFastAndStaysClosed() {
        assertProblem(api.post("/api/initiatives", """
                {"title":"Läkemedelsstudie","unitId":"%s","origin":"PARTNER_OFFER","partnerName":"Läkemedelsbolag",
                 "caseType":"CLINICAL_TRIAL","processModel":"vll-partnership","reason":"r"}""".formatted(hospital)),
                409, "CASE_TYPE_OUT_OF_SCOPE");
        String id = created(api.post("/api/initiatives", """
                {"title":"Sensorbaserad fallprevention","unitId":"%s","origin":"PARTNER_OFFER",
                 "partnerName":"Medtech-företag","processModel":"vll-partnership","reason":"Företagsförfrågan"}"""
                .formatted(hospital)));
        assertProblem(api.post("/api/initiatives/" + id + "/gate-decisions", decision("GX", "PROCEED")),
                409, "DECISION_NOT_JOINT");
        ok(api.post("/api/initiatives/" + id + "/gate-decisions", joint("GX", "PROCEED")));
        ok(api.post("/api/initiatives/" + id + "/gate-decisions", joint("G1", "DISCONTINUE")));
        assertProblem(api.post("/api/initiatives/" + id + "/gate-decisions", joint("G2", "PROCEED")),
                409, "INITIATIVE_CLOSED");

        JsonNode ended = api.await("/api/portfolio?status=ENDED_BY_DECISION",
                r -> r.json().get("total").asInt() == 1).json();
        assertThat(ended.get("initiatives").get(0).get("endingOutcome").asText()).isEqualTo("DISCONTINUE");
        JsonNode log = api.await("/api/gate-decisions?initiativeId=" + id + "&outcome=DISCONTINUE",
                r -> r.json().get("total").asInt() == 1).json();
        JsonNode fail = log.get("entries").get(0);
        assertThat(fail.get("gate").asText()).isEqualTo("G1");
        assertThat(fail.get("toPhase").isNull()).isTrue();
        assertThat(fail.get("partyPositions")).hasSize(2);

        // registered by mistake: corrected by a compensating event, the decision stays on record as retracted
        String decisionId = fail.get("decisionId").asText();
        ok(api.post("/api/initiatives/" + id + "/gate-decisions/" + decisionId + "/retraction", """
                {"reason":"Beslutet registrerades på fel ärende","documentRef":"RV 2019-0108"}"""));
        JsonNode reopened = api.await("/api/initiatives/" + id,
                r -> "OPEN".equals(r.json().path("status").asText())).json();
        assertThat(reopened.get("phase").asText()).isEqualTo("STEG_1");
        JsonNode retracted = api.await("/api/gate-decisions?initiativeId=" + id + "&outcome=DISCONTINUE",
                r -> r.json().get("entries").get(0).get("retracted").asBoolean()).json().get("entries").get(0);
        assertThat(retracted.get("retractionReason").asText()).isEqualTo("Beslutet registrerades på fel ärende");
        ok(api.post("/api/initiatives/" + id + "/gate-decisions", joint("G1", "PROCEED")));
    }

    @Test
    void testPhaseNeedsItsPrerequisitesAndRefusalsStoreNothing() {
        String id = created(api.post("/api/initiatives", """
                {"title":"Egenmonitorering vid hjärtsvikt","unitId":"%s","origin":"PARTNER_OFFER",
                 "partnerName":"Medtech-företag","processModel":"vll-partnership","reason":"r"}""".formatted(hospital)));
        for (String gate : List.of("GX", "G1", "G2")) {
            ok(api.post("/api/initiatives/" + id + "/gate-decisions", joint(gate, "PROCEED")));
        }
        ok(api.post("/api/initiatives/" + id + "/care-unit-anchoring", """
                {"careUnitId":"%s","valuePotential":"Färre återinläggningar","reason":"r"}""".formatted(clinic)));
        long before = jdbc.queryForObject("select count(*) from DomainEventEntry", Long.class);
        LedgerClient.Response refused = api.post("/api/initiatives/" + id + "/gate-decisions", joint("G3", "PROCEED"));
        assertProblem(refused, 409, "ENTRY_REQUIREMENTS_MISSING");
        assertThat(refused.json().get("detail").asText())
                .contains("NEEDS_AND_COST_BASELINE", "VALUE_ANALYSIS", "SIGNED_PARTNER_AGREEMENT_WITH_FOLLOW_UPS")
                .doesNotContain("CARE_UNIT_ANCHORING");
        assertProblem(api.post("/api/initiatives/ini-unknown/gate-decisions", joint("G3", "PROCEED")),
                404, "AGGREGATE_UNKNOWN");
        assertProblem(api.post("/api/initiatives/" + id + "/gate-decisions", """
                {"gate":"G3","outcome":"MAYBE","decisionBody":"x","rationale":"x","decidedOn":"2020-01-01","reason":"r"}"""),
                400, "INVALID_INPUT");
        assertProblem(api.asTenant("region-stockholm").post("/api/initiatives/" + id + "/gate-decisions",
                joint("G3", "PROCEED")), 404, "INITIATIVE_UNKNOWN");
        assertThat(jdbc.queryForObject("select count(*) from DomainEventEntry", Long.class))
                .as("refused commands store nothing").isEqualTo(before);
    }

    private long decide(String id, String gate, String outcome, Long ifMatch) {
        LedgerClient.Response response = ifMatch == null
                ? api.post("/api/initiatives/" + id + "/gate-decisions", decision(gate, outcome))
                : api.post("/api/initiatives/" + id + "/gate-decisions", decision(gate, outcome),
                "If-Match", "\"" + ifMatch + "\"");
        return ok(response).get("version").asLong();
    }

    private static String decision(String gate, String outcome) {
        return """
                {"gate":"%s","outcome":"%s","decisionBody":"Samordningsgruppen för innovation",
                 "rationale":"Underlaget visar värde för patienter och vård","evidenceRefs":["Beslutsunderlag 2020"],
                 "decidedOn":"2020-01-15","documentRef":"RV 2020-0042"}""".formatted(gate, outcome);
    }

    private static String joint(String gate, String outcome) {
        return """
                {"gate":"%s","outcome":"%s","decisionBody":"Partnerskapets styrgrupp",
                 "partyPositions":[{"party":"Region Västerbotten","position":"%s"},
                                   {"party":"Medtech-företag","position":"%s"}],
                 "rationale":"Gemensamt beslut","decidedOn":"2019-06-01","documentRef":"RV 2019-0107"}"""
                .formatted(gate, outcome, outcome, outcome);
    }
}
