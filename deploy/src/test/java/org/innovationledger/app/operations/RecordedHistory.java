package org.innovationledger.app.operations;

import org.innovationledger.app.LedgerClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.app.Answers.created;
import static org.innovationledger.app.Answers.ok;

/**
 * A small but realistic history over the API, in two regions: units, a renamed unit, a need, initiatives registered
 * from it and from partner offers, a classification, gate decisions (one retracted), a pilot; and one command sent
 * with an Idempotency-Key, whose first answer a restored store must still give.
 */
final class RecordedHistory {

    static final String STOCKHOLM = "region-stockholm";
    static final String VASTERBOTTEN = "region-vasterbotten";
    static final String IDEMPOTENCY_KEY = "backup-restore-unit-1";
    static final String IDEMPOTENT_UNIT = """
            {"name":"Innovationsslussen","kind":"ADMINISTRATION","reason":"Ny enhet för innovationsstöd"}""";

    String idempotentUnit;

    void record(LedgerClient stockholm) {
        LedgerClient vasterbotten = stockholm.asTenant(VASTERBOTTEN);
        String region = created(stockholm.post("/api/organisation-units", """
                {"name":"Stockholms läns landsting","kind":"REGION","reason":"Registrering"}"""));
        ok(stockholm.post("/api/organisation-units/" + region + "/rename", """
                {"newName":"Region Stockholm","effectiveFrom":"2019-01-01","reason":"Regionbildning"}"""));
        String hospital = created(stockholm.post("/api/organisation-units", """
                {"name":"Karolinska Universitetssjukhuset","kind":"HOSPITAL","parentId":"%s","reason":"r"}"""
                .formatted(region)));
        idempotentUnit = created(stockholm.post("/api/organisation-units", IDEMPOTENT_UNIT,
                "Idempotency-Key", IDEMPOTENCY_KEY));
        String need = created(stockholm.post("/api/needs", """
                {"title":"Kortare väntetid till hudbedömning","description":"Behov från primärvården",
                 "source":"STAFF","unitId":"%s","reason":"Behovsinventering 2021"}""".formatted(hospital)));
        String fromNeed = created(stockholm.post("/api/initiatives", """
                {"title":"AI-stöd för hudbedömning","unitId":"%s","origin":"NEED","needId":"%s",
                 "processModel":"generic-stage-gate","reason":"Registrerat från behov"}""".formatted(hospital, need)));
        ok(stockholm.post("/api/initiatives/" + fromNeed + "/classification", """
                {"strategyArea":"Nära vård","innovationType":"SERVICE","reason":"Klassning"}"""));
        decide(stockholm, fromNeed, "G1", "PROCEED");
        decide(stockholm, fromNeed, "G2", "PROCEED");
        String offered = created(stockholm.post("/api/initiatives", """
                {"title":"Sensorer för fallprevention","unitId":"%s","origin":"PARTNER_OFFER",
                 "partnerName":"Medtech AB","processModel":"generic-stage-gate","reason":"Företagsförfrågan"}"""
                .formatted(hospital)));
        decide(stockholm, offered, "G1", "DISCONTINUE");
        String decision = stockholm.await("/api/gate-decisions?initiativeId=" + offered,
                r -> r.status() == 200 && r.json().path("total").asInt() == 1).json()
                .get("entries").get(0).get("decisionId").asText();
        ok(stockholm.post("/api/initiatives/" + offered + "/gate-decisions/" + decision + "/retraction", """
                {"reason":"Beslutet registrerades på fel ärende","documentRef":"RS 2021-0108"}"""));

        String norrland = created(vasterbotten.post("/api/organisation-units", """
                {"name":"Region Västerbotten","kind":"REGION","reason":"Registrering"}"""));
        String testbed = created(vasterbotten.post("/api/organisation-units", """
                {"name":"Innovationsklinik Skellefteå","kind":"TESTBED","parentId":"%s","reason":"r"}"""
                .formatted(norrland)));
        String clinic = created(vasterbotten.post("/api/initiatives", """
                {"title":"Digital tillsyn i hemmet","unitId":"%s","origin":"PARTNER_OFFER",
                 "partnerName":"Omsorgsteknik AB","processModel":"generic-stage-gate","reason":"r"}"""
                .formatted(norrland)));
        for (String gate : new String[]{"G1", "G2", "G3", "G4"}) {
            decide(vasterbotten, clinic, gate, "PROCEED");
        }
        created(vasterbotten.post("/api/initiatives/" + clinic + "/pilots", """
                {"unitId":"%s","startedOn":"2021-02-01","reason":"Pilot i innovationskliniken"}""".formatted(testbed)));
    }

    private static void decide(LedgerClient api, String initiative, String gate, String outcome) {
        LedgerClient.Response decided = api.post("/api/initiatives/" + initiative + "/gate-decisions", """
                {"gate":"%s","outcome":"%s","decisionBody":"Samordningsgruppen för innovation",
                 "rationale":"Underlaget räcker","evidenceRefs":["Beslutsunderlag %s"],"decidedOn":"2021-03-01",
                 "reason":"Grindbeslut"}""".formatted(gate, outcome, gate));
        assertThat(decided.status()).as(decided.toString()).isBetween(200, 201);
    }
}
