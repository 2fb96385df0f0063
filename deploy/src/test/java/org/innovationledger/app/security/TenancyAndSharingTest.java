package org.innovationledger.app.security;

import com.fasterxml.jackson.databind.JsonNode;
import org.innovationledger.app.LedgerClient;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each region sees and changes only its own portfolio; an initiative shared with another region (a joint
 * project) becomes readable there, never writable, and the sharing is on the record with who, when and why.
 */
class TenancyAndSharingTest extends SecuredLedger {

    private static final String SKANE = "region-skane";

    @Test
    void aRegionSeesOnlyItsOwnUntilAnInitiativeIsSharedWithItAndAgainAfterSharingEnds() {
        LedgerClient stockholm = as("manager", STOCKHOLM);
        LedgerClient stockholmAuditor = as("auditor", STOCKHOLM);
        LedgerClient vasterbotten = as("manager", VASTERBOTTEN);
        LedgerClient vasterbottenAuditor = as("auditor", VASTERBOTTEN);
        LedgerClient skane = as("manager", SKANE);

        String unit = created(stockholm.post("/api/organisation-units", """
                {"name":"Karolinska Universitetssjukhuset","kind":"HOSPITAL","reason":"tenancy"}"""));
        String initiative = created(stockholm.post("/api/initiatives", """
                {"title":"Gemensam AI-triage","unitId":"%s","origin":"PARTNER_OFFER","partnerName":"Medtech-företag",
                 "processModel":"generic-stage-gate","reason":"tenancy"}""".formatted(unit)));
        String path = "/api/initiatives/" + initiative;
        stockholm.await(path, r -> r.status() == 200);

        // Not shared: other regions cannot tell it exists, let alone change it.
        for (LedgerClient other : List.of(vasterbotten, vasterbottenAuditor, skane)) {
            assertNotFound(other.get(path));
            assertNotFound(other.get(path + "/timeline"));
            assertNotFound(other.get("/api/organisation-units/" + unit));
            assertThat(idsIn(other.get("/api/portfolio").json())).doesNotContain(initiative);
        }
        long before = storedEvents();
        assertNotFound(vasterbotten.post(path + "/gate-decisions", decision()));
        assertNotFound(vasterbotten.post(path + "/shares", """
                {"tenant":"region-vasterbotten","reason":"själv"}"""));
        assertThat(storedEvents()).as("other regions changed nothing").isEqualTo(before);

        // The own auditor reads but never writes.
        assertThat(stockholmAuditor.get(path).status()).isEqualTo(200);
        assertThat(stockholmAuditor.post(path + "/gate-decisions", decision()).status()).isEqualTo(403);

        // Shared explicitly, with a reason and the deciding document.
        LedgerClient.Response shared = stockholm.post(path + "/shares", """
                {"tenant":"region-vasterbotten","reason":"Gemensamt projekt med Region Västerbotten",
                 "documentRef":"RS 2021-0100"}""");
        assertThat(shared.status()).as(shared.toString()).isEqualTo(200);

        for (LedgerClient partner : List.of(vasterbotten, vasterbottenAuditor)) {
            JsonNode view = partner.await(path, r -> r.status() == 200).json();
            assertThat(view.get("tenant").asText()).as("the owner stays the owner").isEqualTo(STOCKHOLM);
            assertThat(view.get("sharedWith").toString()).contains(VASTERBOTTEN);
            JsonNode timeline = partner.await(path + "/timeline", r -> r.status() == 200
                    && r.raw().body().contains("InitiativeShared")).json();
            JsonNode sharing = entry(timeline, "InitiativeShared");
            assertThat(sharing.get("principal").asText()).isEqualTo("manager@region-stockholm");
            assertThat(sharing.get("reason").asText()).isEqualTo("Gemensamt projekt med Region Västerbotten");
            assertThat(sharing.get("documentRef").asText()).isEqualTo("RS 2021-0100");
            assertThat(idsIn(partner.get("/api/portfolio?scope=SHARED").json())).contains(initiative);
            assertThat(idsIn(partner.get("/api/portfolio?scope=OWN").json())).doesNotContain(initiative);
        }
        assertNotFound(skane.get(path));
        assertThat(idsIn(stockholm.get("/api/portfolio?scope=OWN").json())).contains(initiative);

        // Read, never write: the partner region still cannot decide or share onward.
        long beforeWrites = storedEvents();
        assertNotFound(vasterbotten.post(path + "/gate-decisions", decision()));
        assertNotFound(vasterbotten.post(path + "/shares", """
                {"tenant":"region-skane","reason":"vidare"}"""));
        assertThat(storedEvents()).isEqualTo(beforeWrites);

        LedgerClient.Response ended = stockholm.post(path + "/shares/region-vasterbotten/end", """
                {"reason":"Projektet avslutat","documentRef":"RS 2022-0007"}""");
        assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
        vasterbotten.await(path, r -> r.status() == 404);
        assertNotFound(vasterbottenAuditor.get(path + "/timeline"));
        assertThat(idsIn(vasterbotten.get("/api/portfolio").json())).doesNotContain(initiative);
        assertThat(entry(stockholm.await(path + "/timeline", r -> r.raw().body().contains("InitiativeSharingEnded"))
                .json(), "InitiativeSharingEnded").get("documentRef").asText()).isEqualTo("RS 2022-0007");
    }

    private static String decision() {
        return """
                {"gate":"G1","outcome":"PROCEED","decisionBody":"Styrgruppen","rationale":"r","decidedOn":"2021-02-01",
                 "reason":"r"}""";
    }

    private static JsonNode entry(JsonNode timeline, String type) {
        for (JsonNode entry : timeline.get("entries")) {
            if (entry.get("type").asText().endsWith(type)) {
                return entry;
            }
        }
        throw new AssertionError("no " + type + " in " + timeline);
    }

    private static List<String> idsIn(JsonNode portfolio) {
        List<String> ids = new ArrayList<>();
        portfolio.get("initiatives").forEach(i -> ids.add(i.get("initiativeId").asText()));
        return ids;
    }

    private static void assertNotFound(LedgerClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    private static String created(LedgerClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asText();
    }
}
