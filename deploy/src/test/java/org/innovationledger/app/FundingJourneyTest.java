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

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.app.Answers.created;
import static org.innovationledger.app.Answers.ok;
import static org.innovationledger.app.PortfolioJourney.assertProblem;

/**
 * A fund secretary's round of the innovation fund over HTTP: a call opened, applications submitted, the call closed,
 * the applications assessed, granted and rejected within the budget, a granted project followed up, and the refusals
 * in between; then the call and the funding report must tell the same story, an auditor may read it but not grant,
 * and another region sees none of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FundingJourneyTest {

    private static final String CALLS = "/api/funding-calls";

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) throws Exception {
        String dir = Files.createTempDirectory("ledger-funding-test").toString();
        registry.add("ledger.data-dir", () -> dir);
        registry.add("ledger.demo", () -> "false");
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void oneRoundOfTheInnovationFund() {
        LedgerClient api = new LedgerClient("http://127.0.0.1:" + port, "region-stockholm");
        String region = created(api.post("/api/organisation-units", """
                {"name":"Region Stockholm","kind":"REGION","reason":"test"}"""));
        String sos = created(api.post("/api/organisation-units", """
                {"name":"Södersjukhuset","kind":"HOSPITAL","parentId":"%s","reason":"test"}""".formatted(region)));
        String initiative = created(api.post("/api/initiatives", """
                {"title":"IVA-dagboken","unitId":"%s","origin":"PARTNER_OFFER","partnerName":"Leverantör",
                 "processModel":"generic-stage-gate","reason":"test"}""".formatted(sos)));

        LedgerClient.Response opened = api.post(CALLS, """
                {"fund":"Innovationsfonden","round":1,"year":2021,"budget":{"amount":1000000,"currency":"SEK"},
                 "opensOn":"2021-01-11","closesOn":"2021-03-12","criteria":"Nyskapande produkter, tjänster och metoder",
                 "documentRef":"RS 2019-0672"}""");
        String call = created(opened);
        assertThat(opened.header("ETag")).isEqualTo("\"0\"");
        assertThat(opened.header("Location")).isEqualTo(CALLS + "/" + call);
        String applications = CALLS + "/" + call + "/applications";

        String iva = created(api.post(applications, submission("CONTINUATION", "IVA-dagboken", sos,
                ",\"initiativeId\":\"" + initiative + "\"", 600000, "2021-02-01")));
        String spolstol = created(api.post(applications, submission("NEW", "Spolstol", sos, "", 500000,
                "2021-03-01")));
        LedgerClient.Response third = api.post(applications, submission("IMPLEMENTATION", "Intraoral scanning", sos,
                "", 250000.50, "2021-03-12"), "If-Match", "\"2\"");
        String scanning = created(third);
        assertThat(third.header("Location")).isEqualTo(applications + "/" + scanning);
        assertThat(third.json().get("version").asLong()).isEqualTo(3);

        assertProblem(api.post(applications, submission("NEW", "För sent", sos, "", 1000, "2021-03-13")), 409,
                "SUBMISSION_OUTSIDE_CALL_PERIOD");
        assertProblem(api.post(applications, submission("NEW", "Annan region", "unit-unknown", "", 1000,
                "2021-03-01")), 409, "ORGANISATION_UNIT_UNKNOWN");
        assertProblem(api.post(applications, """
                {"kind":"NEW","title":"Euro","applicantUnitId":"%s","requested":{"amount":1000,"currency":"EUR"},
                 "submittedOn":"2021-03-01","reason":"test"}""".formatted(sos)), 409, "AMOUNT_CURRENCY_MISMATCH");
        assertProblem(api.post(applications + "/" + iva + "/assessment", assessment("2021-01-31")), 409,
                "ASSESSMENT_BEFORE_SUBMISSION");
        ok(api.post(applications + "/" + iva + "/assessment", assessment("2021-03-05")));
        assertProblem(api.post(applications + "/" + iva + "/grant", grant(100000)), 409, "CALL_STILL_OPEN");

        ok(api.post(CALLS + "/" + call + "/closure", """
                {"closedOn":"2021-03-12","reason":"Utlysningen stängd"}""", "If-Match", "\"4\""));
        assertProblem(api.post(applications, submission("NEW", "Efter stängning", sos, "", 1000, "2021-03-12")),
                409, "CALL_CLOSED");
        assertProblem(api.post(applications + "/" + spolstol + "/grant", grant(100000)), 409,
                "APPLICATION_NOT_ASSESSED");
        ok(api.post(applications + "/" + spolstol + "/assessment", assessment("2021-04-16")));
        ok(api.post(applications + "/" + scanning + "/assessment", assessment("2021-04-16")));

        assertProblem(api.post(applications + "/" + iva + "/grant", grant(600000.01)), 409,
                "GRANT_EXCEEDS_REQUESTED");
        ok(api.post(applications + "/" + iva + "/grant", grant(600000)));
        assertProblem(api.post(applications + "/" + spolstol + "/grant", grant(400000.01)), 409,
                "CALL_BUDGET_EXCEEDED");
        JsonNode granted = ok(api.post(applications + "/" + spolstol + "/grant", grant(400000), "If-Match", "\"8\""));
        assertThat(granted.get("version").asLong()).isEqualTo(9);
        assertProblem(api.post(applications + "/" + scanning + "/grant", grant(1), "If-Match", "\"8\""), 412,
                "STALE_VERSION");
        ok(api.post(applications + "/" + scanning + "/rejection", """
                {"rejectionReason":"Budgeten är fördelad","decidedOn":"2021-05-07","documentRef":"Beslut 2021-05-07"}
                """));
        assertProblem(api.post(applications + "/" + scanning + "/grant", grant(1)), 409,
                "APPLICATION_ALREADY_DECIDED");
        assertProblem(api.post(applications + "/" + scanning + "/follow-ups", followUp(null)), 409,
                "APPLICATION_NOT_GRANTED");
        assertProblem(api.post(applications + "/app-unknown/assessment", assessment("2021-04-16")), 404,
                "FUNDING_APPLICATION_UNKNOWN");
        ok(api.post(applications + "/" + iva + "/follow-ups", followUp(250000)));
        assertProblem(api.post(applications + "/" + iva + "/follow-ups", followUp(600000.01)), 409,
                "SPENT_EXCEEDS_GRANT");

        JsonNode view = api.await(CALLS + "/" + call, r -> r.status() == 200 && r.json().get("version").asLong() == 11)
                .json();
        assertThat(api.get(CALLS + "/" + call).header("ETag")).isEqualTo("\"11\"");
        assertThat(view.get("status").asText()).isEqualTo("CLOSED");
        assertThat(view.get("closedOn").asText()).isEqualTo("2021-03-12");
        assertThat(view.get("granted").get("amount").decimalValue()).isEqualByComparingTo("1000000");
        assertThat(view.get("remainingBudget").get("amount").decimalValue()).isEqualByComparingTo("0");
        List<String> statuses = new ArrayList<>();
        view.get("applications").forEach(a -> statuses.add(a.get("status").asText()));
        assertThat(statuses).containsExactly("GRANTED", "GRANTED", "REJECTED");
        JsonNode first = view.get("applications").get(0);
        assertThat(first.get("initiativeId").asText()).isEqualTo(initiative);
        assertThat(first.get("assessment").get("assessedBy").asText()).isEqualTo("Innovationsfondens bedömningsgrupp");
        assertThat(first.get("followUps").get(0).get("spent").get("amount").decimalValue())
                .isEqualByComparingTo("250000");
        assertThat(view.get("applications").get(2).get("rejectionReason").asText()).isEqualTo("Budgeten är fördelad");
        assertThat(api.get(CALLS + "/" + call, "If-None-Match", "\"11\"").status()).isEqualTo(304);

        JsonNode list = api.get(CALLS + "?year=2021&fund=Innovationsfonden").json();
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("applications").asInt()).isEqualTo(3);
        assertThat(list.get(0).get("grants").asInt()).isEqualTo(2);
        assertThat(api.get(CALLS + "?year=2020").json()).isEmpty();

        JsonNode report = api.get("/api/funding-report?year=2021").json();
        JsonNode total = report.get("total");
        assertThat(total.get("applications").asInt()).isEqualTo(3);
        assertThat(total.get("grants").asInt()).isEqualTo(2);
        assertThat(total.get("rejections").asInt()).isEqualTo(1);
        assertThat(total.get("undecided").asInt()).isZero();
        assertThat(total.get("grantRate").decimalValue()).as("2 of 3").isEqualByComparingTo("66.7");
        assertThat(total.get("requested").get("amount").decimalValue()).isEqualByComparingTo("1350000.50");
        assertThat(total.get("granted").get("amount").decimalValue()).isEqualByComparingTo("1000000");
        assertThat(total.get("budget").get("amount").decimalValue()).isEqualByComparingTo("1000000");
        assertThat(total.get("remainingBudget").get("amount").decimalValue()).isEqualByComparingTo("0");
        assertThat(total.get("byKind").get(2).get("kind").asText()).isEqualTo("IMPLEMENTATION");
        assertThat(total.get("byKind").get(2).get("rejections").asInt()).isEqualTo(1);
        assertThat(report.get("calls").get(0).get("callId").asText()).isEqualTo(call);
        assertThat(report.get("position").asLong()).isPositive();
        assertProblem(api.get("/api/funding-report"), 400, "INVALID_INPUT");

        LedgerClient auditor = api.asTestUser("auditor", "region-stockholm");
        assertThat(auditor.get("/api/funding-report?year=2021").json().get("total").get("grants").asInt())
                .isEqualTo(2);
        assertThat(auditor.get(CALLS + "/" + call).status()).isEqualTo(200);
        long stored = storedEvents();
        assertProblem(auditor.post(applications + "/" + scanning + "/grant", grant(1)), 403, "ROLE_NOT_ALLOWED");

        LedgerClient vasterbotten = api.asTenant("region-vasterbotten");
        assertThat(vasterbotten.get(CALLS).json()).as("another region sees none of the calls").isEmpty();
        assertThat(vasterbotten.get("/api/funding-report?year=2021").json().get("calls")).isEmpty();
        assertProblem(vasterbotten.get(CALLS + "/" + call), 404, "FUNDING_CALL_UNKNOWN");
        assertProblem(vasterbotten.post(applications + "/" + iva + "/follow-ups", followUp(null)), 404,
                "FUNDING_CALL_UNKNOWN");
        assertThat(storedEvents()).as("the refusals stored nothing").isEqualTo(stored);
    }

    private static String submission(String kind, String title, String unit, String more, double amount, String on) {
        return """
                {"kind":"%s","title":"%s","applicantUnitId":"%s"%s,"requested":{"amount":%s,"currency":"SEK"},
                 "submittedOn":"%s","reason":"Ansökan inkommen"}""".formatted(kind, title, unit, more,
                new java.math.BigDecimal(String.valueOf(amount)).toPlainString(), on);
    }

    private static String assessment(String on) {
        return """
                {"assessment":"Tydligt behov och genomförbar plan","score":80,"recommendation":"GRANT",
                 "assessedBy":"Innovationsfondens bedömningsgrupp","assessedOn":"%s","reason":"Bedömning"}""".formatted(on);
    }

    private static String grant(double amount) {
        return """
                {"amount":{"amount":%s,"currency":"SEK"},"decidedOn":"2021-05-07","documentRef":"Beslut 2021-05-07"}"""
                .formatted(new java.math.BigDecimal(String.valueOf(amount)).toPlainString());
    }

    private static String followUp(Number spent) {
        String spentJson = spent == null ? "" : ",\"spent\":{\"amount\":%s,\"currency\":\"SEK\"}".formatted(
                new java.math.BigDecimal(String.valueOf(spent)).toPlainString());
        return """
                {"reportedOn":"2021-12-15","text":"Dagboken används på IVA","status":"ON_TRACK"%s,"reason":"Uppföljning"}"""
                .formatted(spentJson);
    }

    private long storedEvents() {
        return jdbc.queryForObject("select count(*) from DomainEventEntry", Long.class);
    }
}
