package org.innovationledger.app;

import com.fasterxml.jackson.databind.JsonNode;
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
 * A value-based partnership over HTTP, from the value model to the value report: the model is agreed in STEG 3,
 * the agreement referencing it is signed with two follow-ups agreed in advance, the joint G3 decision starts the
 * test phase, and at the two follow-ups the indicator is measured and value realised; realised value is
 * distributed 60/40 by the model's rule and moved between budgets. The value report's totals are the sums of
 * what was recorded. The amounts and shares are test data: the sources give none.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ValueRealisationJourneyTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) throws Exception {
        String dir = Files.createTempDirectory("ledger-value-test").toString();
        registry.add("ledger.data-dir", () -> dir);
        registry.add("ledger.demo", () -> "false");
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void valueRealisedAtTwoFollowUpsIsDistributedByTheRuleAndReported() {
        LedgerClient api = new LedgerClient("http://127.0.0.1:" + port, "region-vasterbotten");
        String region = created(api.post("/api/organisation-units", """
                {"name":"Region Västerbotten","kind":"REGION","reason":"test"}"""));
        String hospital = created(api.post("/api/organisation-units", """
                {"name":"Norrlands universitetssjukhus","kind":"HOSPITAL","parentId":"%s","reason":"test"}"""
                .formatted(region)));
        String emergency = created(api.post("/api/organisation-units", """
                {"name":"Akutmottagningen","kind":"CLINIC","parentId":"%s","reason":"test"}""".formatted(hospital)));
        String geriatrics = created(api.post("/api/organisation-units", """
                {"name":"Geriatriska kliniken","kind":"CLINIC","parentId":"%s","reason":"test"}""".formatted(hospital)));
        String company = created(api.post("/api/partners", """
                {"name":"Tillsyn Norr AB","kind":"SME","organisationNumber":"559900-1122","country":"SE",
                 "reason":"Partnerskapsförfrågan"}"""));

        // a VLL case to STEG 3
        String initiative = created(api.post("/api/initiatives", """
                {"title":"Digital tillsyn av multisjuka äldre","unitId":"%s","origin":"PARTNER_OFFER",
                 "partnerName":"Tillsyn Norr AB","processModel":"vll-partnership","reason":"Erbjudande"}"""
                .formatted(hospital)));
        for (String gate : List.of("GX", "G1", "G2")) {
            ok(api.post("/api/initiatives/" + initiative + "/gate-decisions", joint(gate)));
        }
        ok(api.post("/api/initiatives/" + initiative + "/care-unit-anchoring", """
                {"careUnitId":"%s","valuePotential":"Färre akuta inläggningar","reason":"Förankrat"}"""
                .formatted(geriatrics)));
        ok(api.post("/api/initiatives/" + initiative + "/needs-and-cost-baseline", """
                {"summary":"Inläggningar och vårddagar kartlagda","reason":"STEG 2"}"""));
        ok(api.post("/api/initiatives/" + initiative + "/value-analysis", """
                {"summary":"Värde för patient, klinik och bolag","economicValue":"POSITIVE","reason":"STEG 3"}"""));

        // the value model worked out in STEG 3
        String model = created(api.post("/api/value-models", """
                {"name":"Värdemodell digital tillsyn","initiativeId":"%s",
                 "items":[{"itemId":"v1","description":"Färre akuta inläggningar","beneficiary":"CARE_UNIT",
                           "perspective":"BUDGET","realisable":true,"horizon":"NOW",
                           "expected":{"amount":1200000,"currency":"SEK"},
                           "investingParty":"Geriatriska kliniken","benefitingParty":"Akutmottagningen"},
                          {"itemId":"v2","description":"Referenskund","beneficiary":"COMPANY","perspective":"MARKET",
                           "realisable":false,"horizon":"FUTURE"},
                          {"itemId":"v3","description":"Tryggare patienter hemma","beneficiary":"PATIENT_OR_CITIZEN",
                           "perspective":"SOCIETAL","realisable":false,"horizon":"NOW",
                           "expected":{"amount":300000,"currency":"SEK"}}],
                 "indicators":[{"indicatorId":"i1","name":"Akuta inläggningar per 100 patienter och år","unit":"antal",
                                "target":30,"measurementPoint":"vid varje uppföljning",
                                "verificationSource":"Patientadministrativt system","valueItemId":"v1"}],
                 "distributionRule":{"shares":[{"partyRole":"region","percent":60},
                                               {"partyRole":"företagspartner","percent":40}],
                                     "paymentRule":"Realiserad besparing delas enligt andelarna"},
                 "documentRef":"Värdeanalys STEG 3"}""".formatted(initiative)));
        assertProblem(api.post("/api/value-models", """
                {"name":"Fel andelar","items":[{"itemId":"v1","description":"x","beneficiary":"REGION",
                 "perspective":"BUDGET","realisable":true,"horizon":"NOW"}],
                 "distributionRule":{"shares":[{"partyRole":"region","percent":60}]},"reason":"r"}"""),
                400, "INVALID_INPUT");

        // the value-based agreement referencing version 1, two follow-ups agreed in advance, signed by both
        String agreement = created(api.post("/api/agreements", """
                {"initiativeId":"%s","title":"Värdebaserat avtal digital tillsyn","type":"VALUE_BASED_PAYMENT",
                 "parties":[{"unitId":"%s","role":"region"},{"partnerId":"%s","role":"företagspartner"}],
                 "valueModel":{"id":"%s","version":1},
                 "terms":{"costPrinciple":"EACH_PARTY_OWN_COSTS","resultOwnership":"JOINT"},
                 "followUps":[{"id":"F1","date":"%s"},{"id":"F2","date":"%s"}],
                 "validFrom":"%s","validUntil":"%s","documentRef":"RV 2024-0400"}"""
                .formatted(initiative, region, company, model, TODAY.minusDays(120), TODAY.minusDays(5),
                        TODAY.minusDays(200), TODAY.plusYears(1))));
        assertProblem(api.post("/api/agreements/" + agreement + "/baselines", """
                {"indicatorId":"i1","value":41.5,"measuredOn":"%s","reason":"r"}""".formatted(TODAY)),
                409, "AGREEMENT_NOT_IN_FORCE");
        ok(api.post("/api/agreements/" + agreement + "/signatures", """
                {"party":"%s","signatory":"Regiondirektör","signedOn":"%s","documentRef":"RV 2024-0400"}"""
                .formatted(region, TODAY.minusDays(190))));
        ok(api.post("/api/agreements/" + agreement + "/signatures", """
                {"party":"%s","signatory":"VD","signedOn":"%s","documentRef":"RV 2024-0400"}"""
                .formatted(company, TODAY.minusDays(189))));

        // the test phase starts
        ok(api.post("/api/initiatives/" + initiative + "/gate-decisions", joint("G3")));
        api.await("/api/initiatives/" + initiative, r -> "STEG_4".equals(r.json().path("phase").asText()));

        // baseline, then the two follow-ups: measured, realised; one measurement corrected
        String value = "/api/agreements/" + agreement;
        created(api.post(value + "/baselines", """
                {"indicatorId":"i1","value":41.5,"measuredOn":"%s","source":"PAS","reason":"Nuläge"}"""
                .formatted(TODAY.minusDays(185))));
        created(api.post(value + "/measurements", """
                {"indicatorId":"i1","value":36,"measuredOn":"%s","followUpId":"F1","reason":"Uppföljning 1"}"""
                .formatted(TODAY.minusDays(120))));
        created(api.post(value + "/realised-values", """
                {"followUpId":"F1","valueItemId":"v1","amount":{"amount":250000.50,"currency":"SEK"},
                 "evidence":"Färre inläggningar enligt PAS","documentRef":"Uppföljningsprotokoll 1"}"""));
        String second = created(api.post(value + "/measurements", """
                {"indicatorId":"i1","value":31,"measuredOn":"%s","followUpId":"F2","reason":"Uppföljning 2"}"""
                .formatted(TODAY.minusDays(5))));
        ok(api.post(value + "/measurements/" + second + "/correction", """
                {"correctedValue":32,"reason":"Dubbelregistrering i PAS"}"""));
        created(api.post(value + "/realised-values", """
                {"followUpId":"F2","valueItemId":"v1","amount":{"amount":149999.50,"currency":"SEK"},
                 "evidence":"Färre inläggningar enligt PAS","documentRef":"Uppföljningsprotokoll 2"}"""));
        created(api.post(value + "/realised-values", """
                {"followUpId":"F2","valueItemId":"v2","evidence":"Bolaget använder regionen som referens",
                 "documentRef":"Uppföljningsprotokoll 2"}"""));
        assertProblem(api.post(value + "/realised-values", """
                {"followUpId":"F9","valueItemId":"v1","amount":{"amount":1,"currency":"SEK"},"evidence":"x",
                 "reason":"r"}"""), 409, "FOLLOW_UP_UNKNOWN");

        // distribution by the rule; against it, rejected and nothing stored
        long before = storedEvents();
        LedgerClient.Response wrong = api.post(value + "/distributions", """
                {"total":{"amount":100000,"currency":"SEK"},
                 "allocations":[{"partyId":"%s","amount":{"amount":50000,"currency":"SEK"}},
                                {"partyId":"%s","amount":{"amount":50000,"currency":"SEK"}}],
                 "reason":"Fördelning 1"}""".formatted(region, company));
        assertProblem(wrong, 409, "ALLOCATION_NOT_BY_RULE");
        assertThat(storedEvents()).isEqualTo(before);
        created(api.post(value + "/distributions", """
                {"total":{"amount":100000,"currency":"SEK"},
                 "allocations":[{"partyId":"%s","amount":{"amount":60000,"currency":"SEK"}},
                                {"partyId":"%s","amount":{"amount":40000,"currency":"SEK"}}],
                 "documentRef":"Värdefördelning 2024:1"}""".formatted(region, company)));
        created(api.post(value + "/budget-transfers", """
                {"fromUnitId":"%s","toUnitId":"%s","amount":{"amount":200000,"currency":"SEK"},
                 "reason":"Besparingen uppstår på akuten, investeringen gjordes av geriatriken"}"""
                .formatted(emergency, geriatrics)));
        assertProblem(api.asTestUser("auditor", "region-vasterbotten").post(value + "/distributions", "{}"),
                403, "ROLE_NOT_ALLOWED");

        // the report: expected from the model, realised and distributed as recorded
        JsonNode report = api.await("/api/value-realisation?initiativeId=" + initiative,
                r -> r.status() == 200 && r.json().path("transferred").size() == 1).json();
        assertThat(money(report.get("expected"))).isEqualTo("1500000.00 SEK");
        assertThat(money(report.get("realised"))).isEqualTo("400000.00 SEK");
        assertThat(money(report.get("distributed"))).isEqualTo("100000.00 SEK");
        assertThat(money(report.get("transferred"))).isEqualTo("200000.00 SEK");
        assertThat(report.get("realisations").asInt()).isEqualTo(3);
        assertThat(report.get("idealRealisations").asInt()).isEqualTo(1);
        JsonNode careUnitBudget = report.get("byDimension").get(1);
        assertThat(careUnitBudget.get("beneficiary").asText()).isEqualTo("CARE_UNIT");
        assertThat(careUnitBudget.get("perspective").asText()).isEqualTo("BUDGET");
        assertThat(money(careUnitBudget.get("expected"))).isEqualTo("1200000.00 SEK");
        assertThat(money(careUnitBudget.get("realised"))).isEqualTo("400000.00 SEK");
        assertThat(report.get("distributedTo")).extracting(p -> p.get("partyRole").asText() + " "
                + p.get("amount").get("amount").decimalValue().setScale(2)).containsExactlyInAnyOrder(
                "region 60000.00", "företagspartner 40000.00");
        JsonNode indicator = report.get("indicators").get(0);
        assertThat(indicator.get("baseline").decimalValue()).isEqualByComparingTo("41.5");
        assertThat(indicator.get("latest").decimalValue()).isEqualByComparingTo("32");
        assertThat(indicator.get("measurements").asInt()).isEqualTo(2);
        assertThat(indicator.get("corrections").asInt()).isEqualTo(1);

        JsonNode portfolio = api.get("/api/value-realisation").json();
        assertThat(money(portfolio.get("realised"))).isEqualTo("400000.00 SEK");
        assertThat(money(api.asTestUser("auditor", "region-vasterbotten")
                .get("/api/value-realisation?agreementId=" + agreement).json().get("realised")))
                .isEqualTo("400000.00 SEK");
        assertThat(api.asTenant("region-stockholm").get("/api/value-realisation").json().get("realised")).isEmpty();
        assertProblem(api.asTenant("region-stockholm").post(value + "/realised-values", """
                {"followUpId":"F1","valueItemId":"v1","amount":{"amount":1,"currency":"SEK"},"evidence":"x",
                 "reason":"r"}"""), 404, "AGREEMENT_UNKNOWN");
    }

    private static String money(JsonNode amounts) {
        assertThat(amounts.size()).as(amounts.toString()).isEqualTo(1);
        return amounts.get(0).get("amount").decimalValue().setScale(2) + " " + amounts.get(0).get("currency").asText();
    }

    private long storedEvents() {
        return jdbc.queryForObject("select count(*) from DomainEventEntry", Long.class);
    }

    private static String joint(String gate) {
        return """
                {"gate":"%s","outcome":"PROCEED","decisionBody":"Partnerskapets styrgrupp",
                 "partyPositions":[{"party":"Region Västerbotten","position":"PROCEED"},
                                   {"party":"Tillsyn Norr AB","position":"PROCEED"}],
                 "rationale":"Gemensamt beslut","decidedOn":"%s","documentRef":"RV 2024-0107"}"""
                .formatted(gate, TODAY);
    }
}
