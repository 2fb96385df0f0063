package org.innovationledger.app.security;

import com.fasterxml.jackson.databind.JsonNode;
import org.innovationledger.app.LedgerClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The initiative pages over HTTP, without JavaScript: who may open them (the API's roles: managers and auditors
 * read, only managers get the forms, integrations and admins nothing), the page shows the API's timeline with who,
 * why and the document, as of an earlier position too, and offers only the outcomes the process model allows at
 * the initiative's gate; an unknown or another region's initiative is a 404 page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InitiativePagesTest extends SecuredLedger {

    private static final String WHY = "Förstudien visar att behovet finns";
    private static final String DOCUMENT = "RS 2026-0417";

    private String initiative;
    private String page;
    private long beforeTheDecision;

    @BeforeAll
    void anInitiativeWithAGateDecision() {
        LedgerClient manager = as("manager", STOCKHOLM);
        String unit = created(manager.post("/api/organisation-units", """
                {"name":"Södersjukhuset","kind":"HOSPITAL","reason":"initiative pages"}"""));
        initiative = created(manager.post("/api/initiatives", """
                {"title":"Digital hemmonitorering","unitId":"%s","origin":"PARTNER_OFFER","partnerName":"Medtech AB",
                 "processModel":"generic-stage-gate","reason":"Beslut i samordningsgruppen"}""".formatted(unit)));
        page = "/ui/initiatives/" + initiative;
        String api = "/api/initiatives/" + initiative;
        JsonNode registered = manager.await(api, r -> r.status() == 200).json();
        beforeTheDecision = registered.get("position").asLong();
        LedgerClient.Response decided = manager.post(api + "/gate-decisions", """
                {"gate":"G1","outcome":"PROCEED","decisionBody":"Styrgruppen","rationale":"%s","decidedOn":"2026-03-02",
                 "reason":"%s","documentRef":"%s"}""".formatted(WHY, WHY, DOCUMENT));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        manager.await(api, r -> r.json().get("version").asLong() == decided.json().get("version").asLong());
    }

    @Test
    void managersAndAuditorsReadTheApisTimelineWithWhoWhyAndTheDocument() {
        JsonNode timeline = as("auditor", STOCKHOLM).get("/api/initiatives/" + initiative + "/timeline").json();
        for (String reader : new String[]{"manager@" + STOCKHOLM, "auditor@" + STOCKHOLM}) {
            HttpResponse<String> shown = browser(reader).get(page);
            assertThat(shown.statusCode()).as(reader).isEqualTo(200);
            assertThat(shown.body()).contains("Digital hemmonitorering").contains("Medtech AB")
                    .contains(WHY).contains(DOCUMENT).contains("manager@" + STOCKHOLM);
            assertThat(positions(shown.body())).as("newest first, every event of the API's timeline")
                    .containsExactlyElementsOf(reversed(positionsOf(timeline)));
        }
        assertThat(browser("manager@" + STOCKHOLM).get(page).body()).contains("data-test=\"gate-decision-form\"");
        String audited = browser("auditor@" + STOCKHOLM).get(page).body();
        assertThat(audited).as("an auditor reads, never decides").doesNotContain("gate-decision-form");
        assertThat(browser("auditor@" + STOCKHOLM).get("/ui/initiatives").body()).contains(page)
                .doesNotContain("data-test=\"new-initiative\"");
    }

    @Test
    void theListFindsInitiativesByWordsOfTheirTitleAndByStatus() {
        PageBrowser manager = browser("manager@" + STOCKHOLM);
        assertThat(manager.get("/ui/initiatives?title=HEMMONITOR").body()).contains(page);
        assertThat(manager.get("/ui/initiatives?title=hemmonitorering&status=CLOSED").body()).doesNotContain(page);
        assertThat(manager.get("/ui/initiatives?title=ingen+sadan+titel").body()).doesNotContain(page);
        HttpResponse<String> bad = manager.get("/ui/initiatives?status=NOPE");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("status must be one of");
    }

    @Test
    void theFormOffersOnlyTheOutcomesTheModelAllowsAtTheInitiativesGate() {
        LedgerClient manager = as("manager", STOCKHOLM);
        String phase = manager.get("/api/initiatives/" + initiative).json().get("phase").asText();
        List<String> allowed = new ArrayList<>();
        for (JsonNode gate : manager.get("/api/process-models/generic-stage-gate").json().at("/definition/gates")) {
            if (gate.get("fromPhase").asText().equals(phase)) {
                gate.get("transitions").forEach(t -> allowed.add(gate.get("code").asText() + ":"
                        + t.get("outcome").asText()));
            }
        }
        assertThat(allowed).isNotEmpty();
        Matcher options = Pattern.compile("<option value=\"([A-Z_]+)\" data-gate=\"([A-Z0-9_]+)\"")
                .matcher(browser("manager@" + STOCKHOLM).get(page).body());
        List<String> offered = new ArrayList<>();
        while (options.find()) {
            offered.add(options.group(2) + ":" + options.group(1));
        }
        assertThat(offered).containsExactlyElementsOf(allowed);
    }

    @Test
    void asOfAPositionBeforeTheDecisionThePageShowsTheEarlierTimelineAndNoForm() {
        HttpResponse<String> then = browser("manager@" + STOCKHOLM).get(page + "?asOfPosition=" + beforeTheDecision);
        assertThat(then.statusCode()).isEqualTo(200);
        JsonNode apiThen = as("manager", STOCKHOLM).get("/api/initiatives/" + initiative + "/timeline?asOfPosition="
                + beforeTheDecision).json();
        assertThat(positions(then.body())).containsExactlyElementsOf(reversed(positionsOf(apiThen)));
        assertThat(then.body()).doesNotContain(DOCUMENT).doesNotContain("gate-decision-form")
                .contains("data-test=\"as-of-banner\"");
        assertThat(positions(browser("manager@" + STOCKHOLM).get(page).body()))
                .hasSize(positions(then.body()).size() + 1);
    }

    @Test
    void anUnknownOrAnotherRegionsInitiativeIsA404Page() {
        HttpResponse<String> unknown = browser("manager@" + STOCKHOLM).get("/ui/initiatives/initiative-unknown");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("data-test=\"missing\"").contains("data-test=\"nav-dashboard\"");
        HttpResponse<String> foreign = browser("manager@" + VASTERBOTTEN).get(page);
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(foreign.body()).doesNotContain("Digital hemmonitorering");
    }

    @Test
    void integrationsAndAdminsHaveNoInitiativePagesAuditorsNoForms() {
        for (String user : new String[]{"integration@" + STOCKHOLM, "admin@" + STOCKHOLM}) {
            PageBrowser browser = browser(user);
            for (String path : new String[]{"/ui/initiatives", page, "/ui/initiatives/new", "/ui/needs/new"}) {
                assertThat(browser.get(path).statusCode()).as(user + " " + path).isEqualTo(403);
            }
        }
        PageBrowser auditor = browser("auditor@" + STOCKHOLM);
        assertThat(auditor.get("/ui/initiatives/new").statusCode()).isEqualTo(403);
        assertThat(auditor.get("/ui/needs/new").statusCode()).isEqualTo(403);
        PageBrowser manager = browser("manager@" + STOCKHOLM);
        assertThat(manager.get("/ui/needs/new").body()).contains("data-test=\"need-form\"")
                .contains("Södersjukhuset");
        assertThat(manager.get("/ui/initiatives/new").body()).contains("data-test=\"initiative-form\"")
                .contains("value=\"generic-stage-gate\"");
    }

    private PageBrowser browser(String user) {
        return PageBrowser.signedIn("http://127.0.0.1:" + port, user);
    }

    /** The positions of the timeline's rows, as the page lists them. */
    private static List<Long> positions(String html) {
        Matcher rows = Pattern.compile("<tr data-position=\"(\\d+)\"").matcher(html);
        List<Long> positions = new ArrayList<>();
        while (rows.find()) {
            positions.add(Long.parseLong(rows.group(1)));
        }
        return positions;
    }

    private static List<Long> positionsOf(JsonNode timeline) {
        List<Long> positions = new ArrayList<>();
        timeline.get("entries").forEach(entry -> positions.add(entry.get("position").asLong()));
        return positions;
    }

    private static List<Long> reversed(List<Long> positions) {
        List<Long> copy = new ArrayList<>(positions);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static String created(LedgerClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asText();
    }
}
