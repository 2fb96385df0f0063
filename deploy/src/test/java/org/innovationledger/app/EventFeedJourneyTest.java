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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.app.Answers.created;
import static org.innovationledger.app.Answers.ok;
import static org.innovationledger.app.PortfolioJourney.assertProblem;

/**
 * The pull feed over HTTP, as an integration of Region Stockholm reads it: its region's events as CloudEvents,
 * position for position the event table's, paged by cursor without gap or duplicate, filtered by type, resumed after
 * new commands; every region's only for an admin; malformed questions are 400s that store nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EventFeedJourneyTest {

    private static final String FEED = "/api/events";
    private static final Pattern NEXT_LINK = Pattern.compile("<([^>]+)>; rel=\"next\"");

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) throws Exception {
        String dir = Files.createTempDirectory("ledger-event-feed-test").toString();
        registry.add("ledger.data-dir", () -> dir);
        registry.add("ledger.demo", () -> "false");
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anIntegrationReadsItsRegionsEventsAsCloudEventsAndResumesWhereItStopped() {
        LedgerClient manager = new LedgerClient("http://127.0.0.1:" + port, "region-stockholm");
        String region = created(manager.post("/api/organisation-units", """
                {"name":"Region Stockholm","kind":"REGION","documentRef":"RS 2019-0672"}"""));
        String hospital = created(manager.post("/api/organisation-units", """
                {"name":"Karolinska Universitetssjukhuset","kind":"HOSPITAL","parentId":"%s","reason":"Ny enhet"}""".formatted(region)));
        String initiative = created(manager.post("/api/initiatives", """
                {"title":"Digital triage","unitId":"%s","origin":"PARTNER_OFFER","partnerName":"Medtech AB",
                 "processModel":"generic-stage-gate","reason":"Beslut i samordningsgruppen"}""".formatted(hospital),
                "X-Correlation-Id", "feed-triage"));
        created(manager.asTenant("region-vasterbotten").post("/api/organisation-units", """
                {"name":"Region Västerbotten","kind":"REGION","reason":"Regionbildning"}"""));
        ok(manager.post("/api/initiatives/" + initiative + "/gate-decisions", """
                {"gate":"G1","outcome":"PROCEED","decisionBody":"Samordningsgruppen för innovation",
                 "rationale":"Behovet är styrkt","evidenceRefs":["Behovsanalys 2024"],"decidedOn":"2024-02-01",
                 "reason":"Gate 1 passerad","documentRef":"SG 2024-02"}""", "X-Correlation-Id", "feed-triage"));
        List<Map<String, Object>> table = jdbc.queryForList(
                "select globalIndex, eventIdentifier, aggregateIdentifier from DomainEventEntry order by globalIndex");
        assertThat(table).hasSize(5);
        List<Long> stockholm = List.of(position(table, 0), position(table, 1), position(table, 2), position(table, 4));

        LedgerClient integration = manager.asTestUser("integration", "region-stockholm");
        LedgerClient.Response whole = integration.get(FEED);
        JsonNode page = ok(whole);
        JsonNode events = page.get("events");
        assertThat(positions(events)).as("Stockholm's events, Västerbotten's left out").containsExactlyElementsOf(stockholm);
        assertThat(texts(events, "id")).containsExactly(eventId(table, 0), eventId(table, 1), eventId(table, 2),
                eventId(table, 4));
        assertThat(texts(events, "type")).containsExactly(
                "org.innovationledger.organisation.OrganisationUnitRegistered.v1",
                "org.innovationledger.organisation.OrganisationUnitRegistered.v1",
                "org.innovationledger.initiative.InitiativeRegistered.v2",
                "org.innovationledger.initiative.GateDecisionRecorded.v1");
        assertThat(texts(events, "specversion")).containsOnly("1.0");
        assertThat(texts(events, "tenant")).containsOnly("region-stockholm");
        assertThat(texts(events, "subject")).containsExactly(region, hospital, initiative, initiative);
        JsonNode decision = events.get(3);
        assertThat(decision.get("principal").asText()).isEqualTo("manager@region-stockholm");
        assertThat(decision.get("principalrole").asText()).isEqualTo("PORTFOLIO_MANAGER");
        assertThat(decision.get("reason").asText()).isEqualTo("Gate 1 passerad");
        assertThat(decision.get("documentref").asText()).isEqualTo("SG 2024-02");
        assertThat(decision.get("correlationid").asText()).isEqualTo("feed-triage");
        assertThat(decision.get("aggregatesequence").asLong()).isEqualTo(1);
        assertThat(decision.get("data").get("evidenceRefs").toString()).isEqualTo("[\"Behovsanalys 2024\"]");
        assertThat(decision.get("data").get("decidedOn").asText()).isEqualTo("2024-02-01");
        assertThat(page.get("next").asText()).isEqualTo(Long.toString(position(table, 4)));
        assertThat(page.get("head").asLong()).isEqualTo(position(table, 4));
        assertThat(page.get("caughtUp").asBoolean()).isTrue();
        assertThat(whole.header("Ledger-Cursor")).isEqualTo(page.get("next").asText());

        // ---- pages of two, following Link rel=next: the same events, once each ----
        List<Long> paged = new ArrayList<>();
        String link = FEED + "?limit=2";
        for (int i = 0; i < 3; i++) {
            LedgerClient.Response answer = integration.get(link);
            paged.addAll(positions(ok(answer).get("events")));
            link = nextLink(answer);
        }
        assertThat(paged).containsExactlyElementsOf(stockholm);
        assertThat(link).isEqualTo(FEED + "?after=" + position(table, 4) + "&limit=2");

        // ---- by type, as a simple name or a CloudEvents type; the batch format ----
        assertThat(positions(ok(integration.get(FEED + "?type=GateDecisionRecorded,InitiativeRegistered")).get("events")))
                .containsExactly(position(table, 2), position(table, 4));
        LedgerClient.Response batch = integration.get(FEED + "?type=org.innovationledger.initiative.GateDecisionRecorded.v1",
                "Accept", "application/cloudevents-batch+json");
        assertThat(batch.contentType()).startsWith("application/cloudevents-batch+json");
        assertThat(positions(ok(batch))).containsExactly(position(table, 4));
        assertThat(batch.header("Ledger-Cursor")).isEqualTo(Long.toString(position(table, 4)));

        // ---- resume: only what was recorded since ----
        String cursor = page.get("next").asText();
        ok(manager.post("/api/initiatives/" + initiative + "/gate-decisions", """
                {"gate":"G2","outcome":"PROCEED","decisionBody":"Samordningsgruppen för innovation",
                 "rationale":"Idén håller","evidenceRefs":["Idéskiss v2"],"decidedOn":"2024-03-01",
                 "reason":"Gate 2 passerad"}"""));
        JsonNode resumed = ok(integration.get(FEED + "?after=" + cursor));
        assertThat(resumed.get("events")).hasSize(1);
        assertThat(resumed.get("events").get(0).get("data").get("gate").asText()).isEqualTo("G2");

        // ---- every region's: an admin's, with scope=global ----
        LedgerClient admin = manager.asTestUser("admin", "region-stockholm");
        assertThat(ok(admin.get(FEED + "?scope=global")).get("events")).hasSize(6);
        assertProblem(integration.get(FEED + "?scope=global"), 403, "ROLE_NOT_ALLOWED");
        assertProblem(manager.get(FEED), 403, "ROLE_NOT_ALLOWED");
        assertThat(texts(ok(manager.asTestUser("auditor", "region-stockholm").get(FEED)).get("events"), "tenant"))
                .hasSize(5).containsOnly("region-stockholm");

        // ---- malformed questions: 400, nothing stored ----
        long before = jdbc.queryForObject("select count(*) from DomainEventEntry", Long.class);
        assertProblem(integration.get(FEED + "?after=yesterday"), 400, "INVALID_INPUT");
        assertProblem(integration.get(FEED + "?after=12~x"), 400, "INVALID_INPUT");
        assertProblem(integration.get(FEED + "?after=-7"), 400, "INVALID_INPUT");
        assertProblem(integration.get(FEED + "?after=5~9"), 400, "INVALID_INPUT");
        assertProblem(integration.get(FEED + "?type=InitiativeVanished"), 400, "INVALID_INPUT");
        assertProblem(integration.get(FEED + "?type=org.innovationledger.initiative.InitiativeRegistered.v1"), 400,
                "INVALID_INPUT");
        assertProblem(integration.get(FEED + "?limit=0"), 400, "INVALID_INPUT");
        assertProblem(integration.get(FEED + "?limit=5000"), 400, "INVALID_INPUT");
        assertProblem(integration.get(FEED + "?scope=everything"), 400, "INVALID_INPUT");
        assertThat(integration.get(FEED + "?after=yesterday").json().get("detail").asText()).contains("cursor");
        assertThat(jdbc.queryForObject("select count(*) from DomainEventEntry", Long.class)).isEqualTo(before);
    }

    private static long position(List<Map<String, Object>> table, int row) {
        return ((Number) table.get(row).get("GLOBALINDEX")).longValue();
    }

    private static String eventId(List<Map<String, Object>> table, int row) {
        return (String) table.get(row).get("EVENTIDENTIFIER");
    }

    private static List<Long> positions(JsonNode events) {
        List<Long> positions = new ArrayList<>();
        events.forEach(event -> positions.add(event.get("ledgerposition").asLong()));
        return positions;
    }

    private static List<String> texts(JsonNode events, String attribute) {
        List<String> texts = new ArrayList<>();
        events.forEach(event -> texts.add(event.hasNonNull(attribute) ? event.get(attribute).asText() : null));
        return texts;
    }

    private static String nextLink(LedgerClient.Response answer) {
        Matcher link = NEXT_LINK.matcher(answer.header("Link"));
        assertThat(link.find()).isTrue();
        return link.group(1);
    }
}
