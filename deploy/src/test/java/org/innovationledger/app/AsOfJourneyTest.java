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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.app.Answers.created;
import static org.innovationledger.app.Answers.ok;
import static org.innovationledger.app.PortfolioJourney.assertProblem;

/**
 * Read models as they stood, over HTTP. A small Region Stockholm history is built step by step (units, an initiative,
 * its first gate decision, an indicator period with two answers, a correction, an agreement signed into force, its
 * termination, a second gate decision), the global position recorded after each step; then the portfolio, the
 * initiative, the gate-decision log, the agreement register, the indicator report and the innovation accounts are
 * asked as of several of those positions and of instants between the steps, and each answer is the state worked out
 * by hand for that point, with the position and moment it reflects in its headers. The live answers still show the
 * newest state; malformed, combined and future points are refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AsOfJourneyTest {

    private static final ZoneId STOCKHOLM_TIME = ZoneId.of("Europe/Stockholm");
    private static final LocalDate TODAY = LocalDate.now(STOCKHOLM_TIME);

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) throws Exception {
        String dir = Files.createTempDirectory("ledger-as-of-test").toString();
        registry.add("ledger.data-dir", () -> dir);
        registry.add("ledger.demo", () -> "false");
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    /** After a step: the newest global position, and an instant after it and before the next step's events. */
    private record Step(long position, Instant after) {
    }

    @Test
    void everyReadModelAnswersAsItStoodAtEachStep() throws Exception {
        LedgerClient api = new LedgerClient("http://127.0.0.1:" + port, "region-stockholm");

        String region = created(api.post("/api/organisation-units", """
                {"name":"Region Stockholm","kind":"REGION","reason":"test"}"""));
        String sos = unit(api, "Södersjukhuset", "HOSPITAL", region);
        String locum = unit(api, "Locum AB", "COMPANY", region);
        Step units = step();

        String iva = created(api.post("/api/initiatives", """
                {"title":"IVA-dagboken","unitId":"%s","origin":"PARTNER_OFFER","partnerName":"Leverantör AB",
                 "processModel":"generic-stage-gate","reason":"test"}""".formatted(sos)));
        Step registered = step();

        ok(api.post("/api/initiatives/" + iva + "/gate-decisions", decision("G1", "2021-03-01")));
        Step firstDecision = step();

        String methods = created(api.post("/api/indicators", """
                {"wording":"Nämnder /bolag har infört metoder och verktyg för att arbeta med innovationer",
                 "kind":"BOOLEAN_SHARE","unit":"andel nämnder och bolag (%)","reason":"test"}"""));
        String period = created(api.post("/api/reporting-periods", """
                {"indicatorId":"%s","year":2021,"population":["%s","%s"],"opensOn":"2021-11-01","dueOn":"2022-01-31",
                 "reason":"Årsrapportering"}""".formatted(methods, sos, locum)));
        ok(api.post("/api/reporting-periods/" + period + "/submissions", submission(sos, true, "2022-01-20")));
        ok(api.post("/api/reporting-periods/" + period + "/submissions", submission(locum, false, "2022-01-21")));
        Step reported = step();

        ok(api.post("/api/reporting-periods/" + period + "/submissions/" + locum + "/correction", """
                {"correctedValue":true,"correctedOn":"2022-01-25","reason":"Rättelse"}"""));
        Step corrected = step();

        String partner = created(api.post("/api/partners", """
                {"name":"Sensorbolaget AB","kind":"START_UP","country":"SE","reason":"r"}"""));
        String agreement = created(api.post("/api/agreements", """
                {"title":"Testbäddsavtal","type":"TESTBED",
                 "parties":[{"unitId":"%s","role":"testbädd"},{"partnerId":"%s","role":"leverantör"}],
                 "terms":{"costPrinciple":"EACH_PARTY_OWN_COSTS","resultOwnership":"EACH_PARTY_OWN_RESULTS"},
                 "validFrom":"%s","validUntil":"%s","reason":"Testbädd"}"""
                .formatted(sos, partner, TODAY.minusDays(10), TODAY.plusYears(2))));
        ok(api.post("/api/agreements/" + agreement + "/signatures", """
                {"party":"%s","signatory":"Sjukhusdirektör","signedOn":"%s","reason":"r"}""".formatted(sos, TODAY)));
        ok(api.post("/api/agreements/" + agreement + "/signatures", """
                {"party":"%s","signatory":"VD","signedOn":"%s","reason":"r"}""".formatted(partner, TODAY)));
        Step inForce = step();

        ok(api.post("/api/agreements/" + agreement + "/termination", """
                {"reason":"Bolaget byter inriktning","terminatedOn":"%s"}""".formatted(TODAY)));
        Step terminated = step();

        ok(api.post("/api/initiatives/" + iva + "/gate-decisions", decision("G2", "2021-09-01")));
        Step secondDecision = step();
        assertThat(List.of(units, registered, firstDecision, reported, corrected, inForce, terminated,
                secondDecision)).extracting(Step::position).as("every step recorded something").doesNotHaveDuplicates();

        // ---- the portfolio and the initiative: before and after each decision ----
        LedgerClient.Response none = api.get("/api/portfolio?asOfPosition=" + units.position());
        assertThat(ok(none).get("total").asInt()).as("units only: no initiative yet").isZero();
        assertThat(none.header("Ledger-Position")).isEqualTo(String.valueOf(units.position()));
        assertThat(none.header("Ledger-As-Of")).as("when the event at the position was recorded")
                .isEqualTo(recordedAt(units.position()).toString());

        JsonNode inNeed = portfolioAt(api, "asOfPosition=" + registered.position(), registered.position());
        assertThat(inNeed.get("total").asInt()).isEqualTo(1);
        assertThat(inNeed.at("/initiatives/0/phase").asText()).isEqualTo("NEED");
        assertThat(stageCount(inNeed, "INTAKE")).isEqualTo(1);

        JsonNode inIdea = portfolioAt(api, "asOf=" + firstDecision.after(), firstDecision.position());
        assertThat(inIdea.at("/initiatives/0/phase").asText()).isEqualTo("IDEA");
        assertThat(stageCount(inIdea, "EXPLORATION")).isEqualTo(1);
        assertThat(stageCount(inIdea, "INTAKE")).isZero();
        assertThat(portfolioAt(api, "asOfPosition=" + secondDecision.position(), secondDecision.position())
                .at("/initiatives/0/phase").asText()).isEqualTo("PRE_STUDY");

        // the boundary: a decision counts as of the millisecond it was recorded, not a millisecond before
        Instant decided = recordedAt(firstDecision.position());
        assertThat(portfolioAt(api, "asOf=" + decided, firstDecision.position()).at("/initiatives/0/phase").asText())
                .isEqualTo("IDEA");
        assertThat(portfolioAt(api, "asOf=" + decided.minusMillis(1), registered.position())
                .at("/initiatives/0/phase").asText()).isEqualTo("NEED");

        LedgerClient.Response registeredDetail = api.get("/api/initiatives/" + iva + "?asOfPosition="
                + registered.position());
        assertThat(ok(registeredDetail).get("phase").asText()).isEqualTo("NEED");
        assertThat(registeredDetail.header("ETag")).as("the version it had then").isEqualTo("\"0\"");
        assertThat(registeredDetail.header("Ledger-Position")).isEqualTo(String.valueOf(registered.position()));
        JsonNode ideaDetail = ok(api.get("/api/initiatives/" + iva + "?asOf=" + corrected.after()));
        assertThat(ideaDetail.get("phase").asText()).isEqualTo("IDEA");
        assertThat(ideaDetail.get("version").asLong()).isEqualTo(1);
        assertProblem(api.get("/api/initiatives/" + iva + "?asOfPosition=" + units.position()), 404,
                "INITIATIVE_UNKNOWN");

        // ---- the gate-decision log ----
        assertThat(ok(api.get("/api/gate-decisions?asOfPosition=" + registered.position())).get("total").asInt())
                .isZero();
        JsonNode oneDecision = ok(api.get("/api/gate-decisions?asOf=" + terminated.after()));
        assertThat(oneDecision.get("total").asInt()).isEqualTo(1);
        assertThat(oneDecision.at("/entries/0/gate").asText()).isEqualTo("G1");
        JsonNode twoDecisions = ok(api.get("/api/gate-decisions?asOfPosition=" + secondDecision.position()));
        assertThat(twoDecisions.get("total").asInt()).isEqualTo(2);
        assertThat(twoDecisions.at("/entries/0/gate").asText()).as("newest first").isEqualTo("G2");

        // ---- the agreement register: nothing, in force, terminated ----
        assertThat(ok(api.get("/api/agreements?asOfPosition=" + corrected.position())).get("total").asInt())
                .isZero();
        LedgerClient.Response signed = api.get("/api/agreements?asOf=" + inForce.after());
        JsonNode inForceRegister = ok(signed);
        assertThat(inForceRegister.get("total").asInt()).isEqualTo(1);
        assertThat(inForceRegister.at("/agreements/0/status").asText()).isEqualTo("IN_FORCE");
        assertThat(inForceRegister.get("today").asText()).as("today is the day asked about")
                .isEqualTo(LocalDate.ofInstant(inForce.after(), STOCKHOLM_TIME).toString());
        assertThat(signed.header("Ledger-Position")).isEqualTo(String.valueOf(inForce.position()));
        assertThat(signed.header("Ledger-As-Of")).isEqualTo(inForce.after().toString());
        assertThat(ok(api.get("/api/agreements/" + agreement + "?asOfPosition=" + inForce.position()))
                .get("status").asText()).isEqualTo("IN_FORCE");
        assertThat(ok(api.get("/api/agreements/" + agreement + "?asOfPosition=" + terminated.position()))
                .get("status").asText()).isEqualTo("TERMINATED");
        assertThat(ok(api.get("/api/agreements?status=IN_FORCE&asOfPosition=" + terminated.position()))
                .get("total").asInt()).isZero();

        // ---- the indicator report: half, then all, after the correction ----
        String report = "/api/indicator-report?indicatorId=" + methods + "&year=2021&";
        assertProblem(api.get(report + "asOfPosition=" + firstDecision.position()), 404, "REPORTING_PERIOD_UNKNOWN");
        JsonNode half = ok(api.get(report + "asOfPosition=" + reported.position())).get("share");
        assertThat(half.get("yes").asInt()).as("Södersjukhuset yes, Locum no").isEqualTo(1);
        assertThat(half.get("share").decimalValue()).isEqualByComparingTo("50.0");
        JsonNode stillHalf = ok(api.get(report + "asOf=" + reported.after()));
        assertThat(stillHalf.at("/share/yes").asInt()).isEqualTo(1);
        assertThat(stillHalf.at("/responses/corrected").asInt()).isZero();
        JsonNode all = ok(api.get(report + "asOfPosition=" + corrected.position()));
        assertThat(all.at("/share/yes").asInt()).as("Locum's no corrected to yes").isEqualTo(2);
        assertThat(all.at("/share/share").decimalValue()).isEqualByComparingTo("100.0");
        assertThat(all.at("/responses/corrected").asInt()).isEqualTo(1);

        // ---- the innovation accounts: by position, by asOf, never both ----
        LedgerClient.Response accountsThen = api.get("/api/innovation-accounts?year=2021&asOf=" + reported.after());
        assertThat(accountsThen.status()).as(accountsThen.toString()).isEqualTo(200);
        JsonNode accounts = accountsThen.json();
        assertThat(accounts.get("position").asLong()).isEqualTo(reported.position());
        assertThat(accounts.at("/summary/indicators/0/share/yes").asInt()).isEqualTo(1);
        assertThat(accountsThen.header("Ledger-Position")).isEqualTo(String.valueOf(reported.position()));
        assertThat(accountsThen.header("Ledger-As-Of")).isEqualTo(reported.after().toString());
        assertThat(api.get("/api/innovation-accounts?year=2021&asOfPosition=" + corrected.position()).json()
                .at("/summary/indicators/0/share/yes").asInt()).isEqualTo(2);
        assertThat(api.get("/api/innovation-accounts?year=2021&position=" + reported.position()).json()
                .at("/summary/indicators/0/share/yes").asInt()).as("position, as before").isEqualTo(1);
        assertProblem(api.get("/api/innovation-accounts?year=2021&position=" + reported.position() + "&asOf="
                + reported.after()), 400, "AS_OF_INVALID");

        // ---- the live answers still show the newest state ----
        LedgerClient.Response live = api.await("/api/portfolio",
                r -> "PRE_STUDY".equals(r.json().at("/initiatives/0/phase").asText()));
        assertThat(live.header("Ledger-As-Of")).isNull();
        assertThat(api.await("/api/agreements/" + agreement,
                r -> "TERMINATED".equals(r.json().path("status").asText())).header("Ledger-As-Of")).isNull();
        assertThat(api.await(report.substring(0, report.length() - 1),
                r -> r.json().at("/share/yes").asInt() == 2).status()).isEqualTo(200);
        LedgerClient.Response liveAccounts = api.get("/api/innovation-accounts?year=2021");
        assertThat(liveAccounts.header("Ledger-Position")).isEqualTo(String.valueOf(newestPosition()));
        assertThat(liveAccounts.header("Ledger-As-Of")).isNull();

        // ---- refusals ----
        long head = newestPosition();
        assertProblem(api.get("/api/portfolio?asOf=gestern"), 400, "AS_OF_INVALID");
        assertProblem(api.get("/api/portfolio?asOf=2021-12-31T23:00:00"), 400, "AS_OF_INVALID");
        assertProblem(api.get("/api/portfolio?asOfPosition=-3"), 400, "AS_OF_INVALID");
        assertProblem(api.get("/api/portfolio?asOf=" + reported.after() + "&asOfPosition=" + reported.position()),
                400, "AS_OF_INVALID");
        assertProblem(api.get("/api/portfolio?asOfPosition=" + (head + 1000)), 400, "AS_OF_AHEAD_OF_LEDGER");
        assertProblem(api.get("/api/agreements?asOf=" + TODAY.plusDays(1)), 400, "AS_OF_AHEAD_OF_LEDGER");
        assertProblem(api.get("/api/innovation-accounts?year=2021&asOfPosition=" + (head + 1)), 400,
                "AS_OF_AHEAD_OF_LEDGER");
        assertThat(ok(api.get("/api/portfolio?asOf=" + TODAY)).at("/initiatives/0/phase").asText())
                .as("as of today is as of now").isEqualTo("PRE_STUDY");
        assertThat(api.get("/v3/api-docs").json().at("/paths/~1api~1gate-decisions/get/parameters")
                .findValuesAsText("name")).as("documented on every query").contains("asOf", "asOfPosition");
    }

    /** The overview as of a point, which must state the position it reflects. */
    private static JsonNode portfolioAt(LedgerClient api, String point, long position) {
        LedgerClient.Response response = api.get("/api/portfolio?" + point);
        assertThat(response.status()).as(point + ": " + response).isEqualTo(200);
        assertThat(response.header("Ledger-Position")).as(point).isEqualTo(String.valueOf(position));
        return response.json();
    }

    private static int stageCount(JsonNode overview, String stage) {
        List<Integer> counts = new ArrayList<>();
        overview.get("byStage").forEach(s -> {
            if (stage.equals(s.get("stage").asText())) {
                counts.add(s.get("initiatives").asInt());
            }
        });
        assertThat(counts).hasSize(1);
        return counts.get(0);
    }

    /** The position reached, and an instant strictly between this step's events and the next step's. */
    private Step step() throws InterruptedException {
        long position = newestPosition();
        Thread.sleep(5);
        Instant after = Instant.now();
        Thread.sleep(5);
        return new Step(position, after);
    }

    private Instant recordedAt(long position) {
        return Instant.parse(jdbc.queryForObject("select timeStamp from DomainEventEntry where globalIndex = ?",
                String.class, position));
    }

    private long newestPosition() {
        return jdbc.queryForObject("select max(globalIndex) from DomainEventEntry", Long.class);
    }

    private static String unit(LedgerClient api, String name, String kind, String parent) {
        return created(api.post("/api/organisation-units", """
                {"name":"%s","kind":"%s","parentId":"%s","reason":"test"}""".formatted(name, kind, parent)));
    }

    private static String submission(String unit, boolean value, String on) {
        return """
                {"unitId":"%s","value":%s,"submittedOn":"%s","reason":"Redovisning"}""".formatted(unit, value, on);
    }

    private static String decision(String gate, String on) {
        return """
                {"gate":"%s","outcome":"PROCEED","decisionBody":"Samordningsgruppen för innovation",
                 "rationale":"Underlaget visar värde","evidenceRefs":["Beslutsunderlag"],"decidedOn":"%s",
                 "documentRef":"RS 2021-0042"}""".formatted(gate, on);
    }
}
