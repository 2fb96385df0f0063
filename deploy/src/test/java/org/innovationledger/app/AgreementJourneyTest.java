package org.innovationledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.app.Answers.created;
import static org.innovationledger.app.Answers.ok;
import static org.innovationledger.app.PortfolioJourney.assertProblem;

/**
 * A VLL partnership case over HTTP, from the partner register to the test phase: the company is registered as a
 * partner, the case walks STEG X to STEG 3 with anchoring, baseline and value analysis, a partner agreement with
 * two follow-up dates agreed in advance is drafted and signed by both parties, and only then does the joint
 * decision at G3 start the test phase (STEG 4). The register lists the agreement as in force with its next
 * follow-up; another region sees nothing of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AgreementJourneyTest {

    /** The regions' calendar day, as the ledger counts it (ledger.time-zone). */
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) throws Exception {
        String dir = Files.createTempDirectory("ledger-agreement-test").toString();
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

    @BeforeEach
    void units() {
        api = new LedgerClient("http://127.0.0.1:" + port, "region-vasterbotten");
        region = created(api.post("/api/organisation-units", """
                {"name":"Region Västerbotten","kind":"REGION","reason":"test"}"""));
        hospital = created(api.post("/api/organisation-units", """
                {"name":"Norrlands universitetssjukhus","kind":"HOSPITAL","parentId":"%s","reason":"test"}"""
                .formatted(region)));
        clinic = created(api.post("/api/organisation-units", """
                {"name":"Geriatriska kliniken","kind":"CLINIC","parentId":"%s","reason":"test"}""".formatted(hospital)));
    }

    @Test
    void aSignedPartnerAgreementWithFollowUpsOpensTheTestPhase() {
        // the partner register: one entry per organisation number and region
        String company = created(api.post("/api/partners", """
                {"name":"Medtech Norr AB","kind":"COMPANY","organisationNumber":"5566778899","country":"SE",
                 "reason":"Företagsförfrågan om fallprevention"}"""));
        assertProblem(api.post("/api/partners", """
                {"name":"Medtech Norr","kind":"SME","organisationNumber":"556677-8899","country":"se","reason":"igen"}"""),
                409, "PARTNER_ALREADY_REGISTERED");
        String inStockholm = created(api.asTenant("region-stockholm").post("/api/partners", """
                {"name":"Medtech Norr AB","kind":"COMPANY","organisationNumber":"556677-8899","country":"SE",
                 "reason":"Stockholms eget register"}"""));
        assertThat(inStockholm).isNotEqualTo(company);
        JsonNode partner = api.await("/api/partners/" + company, r -> r.status() == 200).json();
        assertThat(partner.get("organisationNumber").asText()).isEqualTo("556677-8899");

        // a VLL case to STEG 3 with what the test phase needs but the agreement
        String initiative = created(api.post("/api/initiatives", """
                {"title":"Sensorbaserad fallprevention","unitId":"%s","origin":"PARTNER_OFFER",
                 "partnerName":"Medtech Norr AB","processModel":"vll-partnership","reason":"Företagsförfrågan"}"""
                .formatted(hospital)));
        for (String gate : List.of("GX", "G1", "G2")) {
            ok(api.post("/api/initiatives/" + initiative + "/gate-decisions", joint(gate)));
        }
        ok(api.post("/api/initiatives/" + initiative + "/care-unit-anchoring", """
                {"careUnitId":"%s","valuePotential":"Färre fall med skada","reason":"Förankrat"}""".formatted(clinic)));
        ok(api.post("/api/initiatives/" + initiative + "/needs-and-cost-baseline", """
                {"summary":"Fall och vårddagar kartlagda","reason":"STEG 2"}"""));
        ok(api.post("/api/initiatives/" + initiative + "/value-analysis", """
                {"summary":"Värde för patient, klinik och bolag","economicValue":"POSITIVE","reason":"STEG 3"}"""));

        // the partner agreement, negotiated in STEG 3: drafted with two follow-up dates agreed in advance
        LedgerClient.Response drafted = api.post("/api/agreements", """
                {"initiativeId":"%s","title":"Partneravtal sensorbaserad fallprevention","type":"PARTNER",
                 "parties":[{"unitId":"%s","role":"region"},{"partnerId":"%s","role":"företagspartner"}],
                 "terms":{"costPrinciple":"EACH_PARTY_OWN_COSTS","resultOwnership":"JOINT",
                          "publicationRights":"Gemensam publicering efter testfasen"},
                 "followUps":[{"date":"%s"},{"date":"%s"}],
                 "milestones":[{"date":"%s","description":"Halvtidsavstämning"}],
                 "validFrom":"%s","validUntil":"%s","expectedResults":"Färre fall med skada",
                 "documentRef":"RV 2024-0311"}""".formatted(initiative, region, company, TODAY.plusDays(90),
                TODAY.plusDays(270), TODAY.plusDays(180), TODAY.minusDays(30), TODAY.plusYears(2)));
        String agreement = created(drafted);
        assertThat(agreement).isEqualTo("agreement-" + initiative + "-1");
        assertThat(drafted.header("ETag")).isEqualTo("\"0\"");

        // not in force yet: the test phase is refused with the missing agreement named, and nothing is stored
        long before = storedEvents();
        LedgerClient.Response refused = api.post("/api/initiatives/" + initiative + "/gate-decisions", joint("G3"));
        assertProblem(refused, 409, "ENTRY_REQUIREMENTS_MISSING");
        assertThat(refused.json().get("detail").asText()).contains("SIGNED_PARTNER_AGREEMENT_WITH_FOLLOW_UPS")
                .doesNotContain("VALUE_ANALYSIS");
        assertProblem(api.post("/api/agreements/" + agreement + "/signatures", """
                {"party":"%s","signatory":"Rektor","signedOn":"%s","reason":"r"}"""
                .formatted(clinic, TODAY.minusDays(1)), "If-Match", "\"0\""), 409, "PARTY_UNKNOWN");
        assertProblem(api.post("/api/agreements/" + agreement + "/amendments", """
                {"amendmentId":"T1","summary":"För tidigt","validUntil":"%s","documentRef":"Tillägg 1"}"""
                .formatted(TODAY.plusYears(3))), 409, "AGREEMENT_NOT_IN_FORCE");
        assertThat(storedEvents()).as("refused commands store nothing").isEqualTo(before);

        ok(api.post("/api/agreements/" + agreement + "/signatures", """
                {"party":"%s","signatory":"Regiondirektör","signedOn":"%s","documentRef":"RV 2024-0311"}"""
                .formatted(region, TODAY.minusDays(2)), "If-Match", "\"0\""));
        assertProblem(api.post("/api/initiatives/" + initiative + "/gate-decisions", joint("G3")),
                409, "ENTRY_REQUIREMENTS_MISSING");
        JsonNode inForce = ok(api.post("/api/agreements/" + agreement + "/signatures", """
                {"party":"%s","signatory":"Verkställande direktör","signedOn":"%s","documentRef":"RV 2024-0311"}"""
                .formatted(company, TODAY.minusDays(1)), "If-Match", "\"1\""));
        assertThat(inForce.get("version").asLong()).as("signature and in force, one command").isEqualTo(3);

        // in force with follow-ups: the joint decision at G3 starts the test phase
        ok(api.post("/api/initiatives/" + initiative + "/gate-decisions", joint("G3")));
        JsonNode testing = api.await("/api/initiatives/" + initiative,
                r -> "STEG_4".equals(r.json().path("phase").asText())).json();
        assertThat(testing.get("stage").asText()).isEqualTo("TEST");

        // the register lists it in force with its next follow-up, parties by name
        LedgerClient.Response view = api.await("/api/agreements/" + agreement,
                r -> r.status() == 200 && "IN_FORCE".equals(r.json().path("status").asText()));
        assertThat(view.header("ETag")).isEqualTo("\"3\"");
        JsonNode register = api.await("/api/agreements?status=IN_FORCE&partnerId=" + company,
                r -> r.json().get("total").asInt() == 1).json();
        JsonNode entry = register.get("agreements").get(0);
        assertThat(entry.get("agreementId").asText()).isEqualTo(agreement);
        assertThat(entry.get("initiativeId").asText()).isEqualTo(initiative);
        assertThat(entry.get("nextFollowUp").asText()).isEqualTo(TODAY.plusDays(90).toString());
        assertThat(entry.get("inForceSince").asText()).isEqualTo(TODAY.minusDays(1).toString());
        assertThat(entry.get("parties").get(0).get("name").asText()).isEqualTo("Region Västerbotten");
        assertThat(entry.get("parties").get(1).get("name").asText()).isEqualTo("Medtech Norr AB");
        assertThat(entry.get("parties").get(1).get("signature").get("signatory").asText())
                .isEqualTo("Verkställande direktör");
        assertThat(register.get("byStatus").get(1).get("status").asText()).isEqualTo("IN_FORCE");
        assertThat(register.get("byStatus").get(1).get("count").asInt()).isEqualTo(1);
        assertThat(api.get("/api/agreements?expiringWithinDays=30").json().get("total").asInt())
                .as("valid two more years").isZero();
        assertThat(api.get("/api/agreements?initiativeId=" + initiative + "&type=PARTNER").json().get("total")
                .asInt()).isEqualTo(1);
        assertProblem(api.get("/api/agreements?status=SIGNED"), 400, "INVALID_INPUT");

        // it does not expire before its time, and another region knows nothing of it
        assertProblem(api.post("/api/agreements/" + agreement + "/expiry", "{\"reason\":\"r\"}"),
                409, "VALIDITY_NOT_OVER");
        LedgerClient stockholm = api.asTenant("region-stockholm");
        assertProblem(stockholm.get("/api/agreements/" + agreement), 404, "AGREEMENT_UNKNOWN");
        assertProblem(stockholm.get("/api/partners/" + company), 404, "PARTNER_UNKNOWN");
        assertProblem(stockholm.post("/api/agreements/" + agreement + "/termination", """
                {"reason":"Inte vårt avtal","terminatedOn":"%s"}""".formatted(TODAY)), 404, "AGREEMENT_UNKNOWN");
        assertThat(stockholm.get("/api/agreements").json().get("total").asInt()).isZero();
        assertProblem(api.post("/api/agreements/" + company + "/signatures", """
                {"party":"%s","signatory":"VD","signedOn":"%s","reason":"ett partner-id, inget avtal"}"""
                .formatted(company, TODAY)), 404, "AGGREGATE_UNKNOWN");
    }

    @Test
    void eitherSideEndsAtADecisionPoint() {
        String company = created(api.post("/api/partners", """
                {"name":"Sensorbolaget AB","kind":"START_UP","country":"SE","reason":"r"}"""));
        String agreement = created(api.post("/api/agreements", """
                {"title":"Testbäddsavtal","type":"TESTBED",
                 "parties":[{"unitId":"%s","role":"testbädd"},{"partnerId":"%s","role":"leverantör"}],
                 "terms":{"costPrinciple":"AS_AGREED","costNote":"Bolaget står för utrustningen",
                          "resultOwnership":"EACH_PARTY_OWN_RESULTS"},
                 "milestones":[{"id":"HALVTID","date":"%s","description":"Halvtid"}],
                 "validFrom":"%s","reason":"Testbädd"}""".formatted(clinic, company, TODAY, TODAY.minusDays(10))));
        ok(api.post("/api/agreements/" + agreement + "/signatures", """
                {"party":"%s","signatory":"Klinikchef","signedOn":"%s","reason":"r"}""".formatted(clinic, TODAY)));
        ok(api.post("/api/agreements/" + agreement + "/signatures", """
                {"party":"%s","signatory":"VD","signedOn":"%s","reason":"r"}""".formatted(company, TODAY)));
        assertProblem(api.post("/api/agreements/" + agreement + "/decision-points", """
                {"milestoneId":"HALVTID","decidedOn":"%s","positions":[{"party":"%s","position":"CONTINUE"}],
                 "reason":"r"}""".formatted(TODAY, clinic)), 409, "POSITIONS_INCOMPLETE");
        ok(api.post("/api/agreements/" + agreement + "/decision-points", """
                {"milestoneId":"HALVTID","decidedOn":"%s","rationale":"Bolaget byter inriktning",
                 "positions":[{"party":"%s","position":"CONTINUE"},{"party":"%s","position":"END"}],
                 "reason":"Styrgruppsmöte"}""".formatted(TODAY, clinic, company)));

        JsonNode ended = api.await("/api/agreements/" + agreement,
                r -> r.status() == 200 && "TERMINATED".equals(r.json().path("status").asText())).json();
        assertThat(ended.get("termination").get("endedBy").get(0).asText()).isEqualTo(company);
        assertThat(ended.get("decisionPoints").get(0).get("outcome").asText()).isEqualTo("END");
        assertThat(ended.get("agreementId").asText()).startsWith("agreement-");
        assertProblem(api.post("/api/agreements/" + agreement + "/termination", """
                {"reason":"Igen","terminatedOn":"%s"}""".formatted(TODAY)), 409, "AGREEMENT_NOT_IN_FORCE");
    }

    private long storedEvents() {
        return jdbc.queryForObject("select count(*) from DomainEventEntry", Long.class);
    }

    private static String joint(String gate) {
        return """
                {"gate":"%s","outcome":"PROCEED","decisionBody":"Partnerskapets styrgrupp",
                 "partyPositions":[{"party":"Region Västerbotten","position":"PROCEED"},
                                   {"party":"Medtech Norr AB","position":"PROCEED"}],
                 "rationale":"Gemensamt beslut","decidedOn":"%s","documentRef":"RV 2024-0107"}"""
                .formatted(gate, TODAY);
    }
}
