package org.innovationledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.app.Answers.created;
import static org.innovationledger.app.Answers.ok;
import static org.innovationledger.app.PortfolioJourney.assertProblem;

/**
 * The audit trail over HTTP: Region Stockholm's manager registers three units, an initiative and two gate decisions
 * (with reasons, document references, a correlation id and an Idempotency-Key) and opens a fund call; Region
 * Västerbotten registers a unit. The trail answers per aggregate, per principal, per type and by time window, pages
 * by cursor with neither gap nor duplicate against the event table, exports CSV; the other region sees none of
 * Stockholm's entries, the auditor reads them, the admin reads every region's only with scope=global, the
 * integration role is refused, and malformed questions are 400s.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditTrailJourneyTest {

    private static final String TRAIL = "/api/audit/events";
    private static final String MANAGER = "manager@region-stockholm";
    private static final Pattern NEXT_LINK = Pattern.compile("<([^>]+)>; rel=\"next\"");

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) throws Exception {
        String dir = Files.createTempDirectory("ledger-audit-trail-test").toString();
        registry.add("ledger.data-dir", () -> dir);
        registry.add("ledger.demo", () -> "false");
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void whoDecidedWhatWhenWhyAndOnWhatEvidence() {
        LedgerClient api = new LedgerClient("http://127.0.0.1:" + port, "region-stockholm");
        String region = created(api.post("/api/organisation-units", """
                {"name":"Region Stockholm","kind":"REGION","documentRef":"RS 2019-0672"}""",
                "X-Correlation-Id", "audit-units"));
        String hospital = created(api.post("/api/organisation-units", """
                {"name":"Karolinska Universitetssjukhuset","kind":"HOSPITAL","parentId":"%s","reason":"Ny enhet"}"""
                .formatted(region), "X-Correlation-Id", "audit-units", "Idempotency-Key", "audit-hospital-1"));
        created(api.post("/api/organisation-units", """
                {"name":"Akutmottagningen","kind":"CLINIC","parentId":"%s","reason":"Ny klinik"}""".formatted(hospital)));
        String initiative = created(api.post("/api/initiatives", """
                {"title":"Digital triage","unitId":"%s","origin":"PARTNER_OFFER","partnerName":"Medtech AB",
                 "processModel":"generic-stage-gate","reason":"Beslut i samordningsgruppen"}""".formatted(hospital),
                "X-Correlation-Id", "audit-triage"));
        ok(api.post("/api/initiatives/" + initiative + "/gate-decisions", """
                {"gate":"G1","outcome":"PROCEED","decisionBody":"Samordningsgruppen för innovation",
                 "rationale":"Behovet är styrkt","evidenceRefs":["Behovsanalys 2024"],"decidedOn":"2024-02-01",
                 "reason":"Gate 1 passerad","documentRef":"SG 2024-02"}""", "X-Correlation-Id", "audit-triage"));
        ok(api.post("/api/initiatives/" + initiative + "/gate-decisions", """
                {"gate":"G2","outcome":"PROCEED","decisionBody":"Samordningsgruppen för innovation",
                 "rationale":"Idén håller","evidenceRefs":["Idéskiss v2","Riskanalys"],"decidedOn":"2024-03-01",
                 "reason":"-Beslut, se protokoll","documentRef":"SG 2024-03"}""", "X-Correlation-Id", "audit-triage"));
        String call = created(api.post("/api/funding-calls", """
                {"fund":"Innovationsfonden","round":1,"year":2021,"budget":{"amount":15000000.00,"currency":"SEK"},
                 "opensOn":"2021-01-11","closesOn":"2021-03-12","documentRef":"RS 2020-0999"}"""));
        LedgerClient vasterbotten = api.asTenant("region-vasterbotten");
        String vasterbottenRegion = created(vasterbotten.post("/api/organisation-units", """
                {"name":"Region Västerbotten","kind":"REGION","reason":"Regionbildning"}"""));

        List<Long> stored = jdbc.queryForList("select globalIndex from DomainEventEntry order by globalIndex", Long.class);
        assertThat(stored).as("eight events: seven of Stockholm's, one of Västerbotten's").hasSize(8);
        long newest = stored.get(stored.size() - 1);
        api.await(TRAIL + "?limit=1", r -> r.status() == 200 && r.json().get("position").asLong() >= newest);

        // ---- the region's trail, oldest first ----
        LedgerClient.Response all = api.get(TRAIL);
        JsonNode page = ok(all);
        JsonNode entries = page.get("entries");
        assertThat(positions(entries)).as("Stockholm's events, Västerbotten's left out")
                .containsExactlyElementsOf(stored.subList(0, 7));
        assertThat(page.get("next").isNull()).isTrue();
        assertThat(all.header("Link")).isNull();
        assertThat(page.get("position").asLong()).isEqualTo(newest);
        assertThat(texts(entries, "type")).containsExactly("OrganisationUnitRegistered", "OrganisationUnitRegistered",
                "OrganisationUnitRegistered", "InitiativeRegistered", "GateDecisionRecorded", "GateDecisionRecorded",
                "FundingCallOpened");
        assertThat(texts(entries, "principal")).containsOnly(MANAGER);
        assertThat(texts(entries, "role")).containsOnly("PORTFOLIO_MANAGER");
        assertThat(texts(entries, "tenant")).containsOnly("region-stockholm");
        assertThat(texts(entries, "authenticatedBy")).containsOnly("local-user");
        assertThat(texts(entries, "demo")).containsOnly("false");
        assertThat(texts(entries, "reason")).containsExactly(null, "Ny enhet", "Ny klinik",
                "Beslut i samordningsgruppen", "Gate 1 passerad", "-Beslut, se protokoll", null);
        assertThat(texts(entries, "documentRef")).containsExactly("RS 2019-0672", null, null, null, "SG 2024-02",
                "SG 2024-03", "RS 2020-0999");
        assertThat(texts(entries, "correlationId").subList(0, 2)).containsOnly("audit-units");
        assertThat(texts(entries, "correlationId").subList(3, 6)).containsOnly("audit-triage");
        assertThat(texts(entries, "correlationId").get(2)).as("no header: a correlation id of its own")
                .isNotBlank().isNotIn("audit-units", "audit-triage");
        assertThat(texts(entries, "idempotencyKey")).containsExactly(null, "audit-hospital-1", null, null, null,
                null, null);
        assertThat(texts(entries, "revision")).containsExactly("1", "1", "1", "2", "1", "1", "1");
        assertThat(texts(entries, "causationId")).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(texts(entries, "eventId")).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(entries.get(1).get("payload").get("parentId").asText()).isEqualTo(region);
        assertThat(entries.get(1).get("payload").get("name").asText()).isEqualTo("Karolinska Universitetssjukhuset");
        assertThat(all.raw().body()).as("the amount exact, as decided")
                .contains("\"budget\":{\"amount\":15000000.00,\"currency\":\"SEK\"}");
        assertThat(entries.get(6).get("aggregateId").asText()).isEqualTo(call);
        assertThat(entries.get(6).get("aggregateType").asText()).isEqualTo("FundingCall");
        Instant first = Instant.parse(entries.get(0).get("timestamp").asText());
        Instant last = Instant.parse(entries.get(6).get("timestamp").asText());
        assertThat(first).isBeforeOrEqualTo(last).isAfter(Instant.now().minusSeconds(600));

        // ---- per aggregate: the initiative's history with its evidence ----
        JsonNode history = ok(api.get(TRAIL + "?aggregateId=" + initiative)).get("entries");
        assertThat(texts(history, "type")).containsExactly("InitiativeRegistered", "GateDecisionRecorded",
                "GateDecisionRecorded");
        assertThat(texts(history, "sequenceNumber")).containsExactly("0", "1", "2");
        assertThat(texts(history, "aggregateType")).containsOnly("Initiative");
        JsonNode g2 = history.get(2).get("payload");
        assertThat(g2.get("gate").asText()).isEqualTo("G2");
        assertThat(g2.get("decidedOn").asText()).isEqualTo("2024-03-01");
        assertThat(g2.get("evidenceRefs").toString()).isEqualTo("[\"Idéskiss v2\",\"Riskanalys\"]");
        assertThat(g2.get("fromPhase").asText() + "->" + g2.get("toPhase").asText()).isEqualTo("IDEA->PRE_STUDY");
        assertThat(ok(api.get(TRAIL + "/" + history.get(2).get("position").asLong()))).isEqualTo(history.get(2));

        // ---- per principal, per type ----
        assertThat(positions(ok(api.get(TRAIL + "?principal=" + MANAGER)).get("entries")))
                .containsExactlyElementsOf(stored.subList(0, 7));
        assertThat(ok(api.get(TRAIL + "?principal=manager@region-vasterbotten")).get("entries")).isEmpty();
        List<Long> decisionsAndCall = List.of(stored.get(4), stored.get(5), stored.get(6));
        assertThat(positions(ok(api.get(TRAIL + "?type=GateDecisionRecorded&type=FundingCallOpened")).get("entries")))
                .containsExactlyElementsOf(decisionsAndCall);
        assertThat(positions(ok(api.get(TRAIL + "?type=GateDecisionRecorded,%20FundingCallOpened")).get("entries")))
                .containsExactlyElementsOf(decisionsAndCall);
        assertThat(positions(ok(api.get(TRAIL + "?type=OrganisationUnitRegistered&aggregateId=" + hospital))
                .get("entries"))).containsExactly(stored.get(1));

        // ---- by time window: from inclusive, to exclusive, offsets honoured ----
        Instant from = Instant.parse(entries.get(2).get("timestamp").asText());
        Instant to = Instant.parse(entries.get(5).get("timestamp").asText());
        List<Long> inWindow = new ArrayList<>();
        entries.forEach(e -> {
            Instant at = Instant.parse(e.get("timestamp").asText());
            if (!at.isBefore(from) && at.isBefore(to)) {
                inWindow.add(e.get("position").asLong());
            }
        });
        assertThat(inWindow).contains(stored.get(2)).doesNotContain(stored.get(5));
        String fromPlusTwo = OffsetDateTime.ofInstant(from, ZoneOffset.ofHours(2)).toString();
        assertThat(positions(ok(api.get(TRAIL + "?from=" + URLEncoder.encode(fromPlusTwo, StandardCharsets.UTF_8)
                + "&to=" + to)).get("entries"))).containsExactlyElementsOf(inWindow);
        assertThat(positions(ok(api.get(TRAIL + "?from=" + fromPlusTwo + "&to=" + to)).get("entries")))
                .as("a '+' sent unencoded arrives as a space").containsExactlyElementsOf(inWindow);
        assertThat(ok(api.get(TRAIL + "?from=" + to + "&to=" + to)).get("entries")).isEmpty();

        // ---- every region's trail in three pages of three, nothing missing, nothing twice ----
        LedgerClient admin = api.asTestUser("admin", "region-stockholm");
        List<Long> paged = new ArrayList<>();
        LedgerClient.Response first3 = admin.get(TRAIL + "?scope=global&limit=3");
        JsonNode one = ok(first3);
        paged.addAll(positions(one.get("entries")));
        assertThat(one.get("next").asLong()).isEqualTo(stored.get(2));
        String link = nextLink(first3);
        assertThat(link).isEqualTo(TRAIL + "?limit=3&scope=global&after=" + stored.get(2));
        LedgerClient.Response second3 = admin.get(link);
        JsonNode two = ok(second3);
        paged.addAll(positions(two.get("entries")));
        assertThat(two.get("next").asLong()).isEqualTo(stored.get(5));
        LedgerClient.Response last2 = admin.get(nextLink(second3));
        JsonNode three = ok(last2);
        paged.addAll(positions(three.get("entries")));
        assertThat(three.get("entries")).hasSize(2);
        assertThat(three.get("next").isNull()).isTrue();
        assertThat(last2.header("Link")).isNull();
        assertThat(paged).as("the event table, position for position").containsExactlyElementsOf(stored);
        assertThat(texts(three.get("entries"), "tenant")).containsExactly("region-stockholm", "region-vasterbotten");
        assertThat(ok(admin.get(TRAIL + "?scope=global&after=" + newest)).get("entries")).isEmpty();

        // ---- CSV ----
        LedgerClient.Response csv = api.get(TRAIL + "?aggregateId=" + initiative + "&format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("attachment").contains("audit-trail.csv");
        String body = csv.raw().body();
        assertThat(body).endsWith("\r\n");
        String[] rows = body.split("\r\n");
        assertThat(rows).hasSize(4);
        assertThat(rows[0]).isEqualTo("position,eventId,type,revision,aggregateType,aggregateId,sequenceNumber,"
                + "timestamp,tenant,principal,role,authenticatedBy,reason,documentRef,correlationId,causationId,"
                + "idempotencyKey,demo,payload");
        assertThat(rows[1]).startsWith(stored.get(3) + "," + history.get(0).get("eventId").asText()
                + ",InitiativeRegistered,2,Initiative," + initiative + ",0," + history.get(0).get("timestamp").asText()
                + ",region-stockholm," + MANAGER + ",PORTFOLIO_MANAGER,local-user,Beslut i samordningsgruppen,,"
                + "audit-triage,");
        assertThat(rows[1]).contains("\"\"title\"\":\"\"Digital triage\"\"");
        assertThat(rows[3]).as("a formula-like reason neutralised, a comma quoted")
                .contains(",\"'-Beslut, se protokoll\",SG 2024-03,audit-triage,");
        assertThat(rows[3]).endsWith(",false,\"" + history.get(2).get("payload").toString().replace("\"", "\"\"")
                + "\"");
        LedgerClient.Response csvPage = api.get(TRAIL + "?format=csv&limit=2&type=OrganisationUnitRegistered");
        assertThat(csvPage.raw().body().split("\r\n")).hasSize(3);
        assertThat(nextLink(csvPage)).isEqualTo(TRAIL + "?type=OrganisationUnitRegistered&limit=2&format=csv&after="
                + stored.get(1));

        // ---- the other region, the auditor, the admin, the integration ----
        JsonNode theirs = ok(vasterbotten.get(TRAIL)).get("entries");
        assertThat(positions(theirs)).containsExactly(stored.get(7));
        assertThat(theirs.get(0).get("aggregateId").asText()).isEqualTo(vasterbottenRegion);
        assertThat(ok(vasterbotten.get(TRAIL + "?aggregateId=" + initiative)).get("entries")).isEmpty();
        assertProblem(vasterbotten.get(TRAIL + "/" + stored.get(4)), 404, "AUDIT_ENTRY_UNKNOWN");
        assertProblem(vasterbotten.get(TRAIL + "?scope=global"), 403, "ROLE_NOT_ALLOWED");

        LedgerClient auditor = api.asTestUser("auditor", "region-stockholm");
        assertThat(ok(auditor.get(TRAIL))).isEqualTo(page);
        assertThat(ok(auditor.get(TRAIL + "/" + stored.get(4))).get("payload").get("gate").asText()).isEqualTo("G1");
        assertProblem(auditor.get(TRAIL + "?scope=global"), 403, "ROLE_NOT_ALLOWED");
        assertThat(auditor.get(TRAIL + "?scope=global").json().get("detail").asText()).contains("only an admin");

        assertThat(positions(ok(admin.get(TRAIL)).get("entries"))).as("an admin's own region unless it says global")
                .containsExactlyElementsOf(stored.subList(0, 7));
        assertProblem(admin.get(TRAIL + "/" + stored.get(7)), 404, "AUDIT_ENTRY_UNKNOWN");
        assertThat(ok(admin.get(TRAIL + "/" + stored.get(7) + "?scope=global")).get("tenant").asText())
                .isEqualTo("region-vasterbotten");
        assertThat(positions(ok(admin.get(TRAIL + "?scope=global&principal=manager@region-vasterbotten"))
                .get("entries"))).containsExactly(stored.get(7));

        LedgerClient integration = api.asTestUser("integration", "region-stockholm");
        assertProblem(integration.get(TRAIL), 403, "ROLE_NOT_ALLOWED");
        assertProblem(integration.get(TRAIL + "/" + stored.get(0)), 403, "ROLE_NOT_ALLOWED");

        // ---- malformed questions ----
        for (String bad : List.of("after=abc", "after=-1", "after=1.5", "from=yesterday", "from=2024-05-01",
                "to=2024-13-01T00:00:00Z", "from=2024-05-02T00:00:00Z&to=2024-05-01T00:00:00Z", "limit=0",
                "limit=1001", "limit=ten", "type=GateDecisionTaken", "type=GateDecisionRecorded,RegisterInitiative",
                "scope=everyone", "format=xml")) {
            assertProblem(api.get(TRAIL + "?" + bad), 400, "INVALID_INPUT");
        }
        String unknownType = api.get(TRAIL + "?type=GateDecisionTaken").json().get("detail").asText();
        assertThat(unknownType).contains("GateDecisionTaken").contains("org.innovationledger.kernel")
                .contains("GateDecisionRecorded").contains("InitiativeRegistered");
        assertProblem(api.get(TRAIL + "/abc"), 400, "INVALID_INPUT");
        assertProblem(api.get(TRAIL + "/-3"), 400, "INVALID_INPUT");
        assertProblem(api.get(TRAIL + "/" + (newest + 1000)), 404, "AUDIT_ENTRY_UNKNOWN");
        assertThat(jdbc.queryForList("select globalIndex from DomainEventEntry order by globalIndex", Long.class))
                .as("reading the trail stores nothing").isEqualTo(stored);
        JsonNode docs = api.anonymous().get("/v3/api-docs").json();
        assertThat(docs.get("paths").has(TRAIL)).isTrue();
        assertThat(docs.get("paths").has(TRAIL + "/{position}")).isTrue();
    }

    private static String nextLink(LedgerClient.Response response) {
        String header = response.header("Link");
        assertThat(header).as("a Link to the next page").isNotNull();
        Matcher matcher = NEXT_LINK.matcher(header);
        assertThat(matcher.matches()).as(header).isTrue();
        return matcher.group(1);
    }

    private static List<Long> positions(JsonNode entries) {
        List<Long> positions = new ArrayList<>();
        entries.forEach(e -> positions.add(e.get("position").asLong()));
        return positions;
    }

    private static List<String> texts(JsonNode entries, String field) {
        List<String> values = new ArrayList<>();
        entries.forEach(e -> values.add(e.get(field).isNull() ? null : e.get(field).asText()));
        return values;
    }
}
