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
 * A year's indicator reporting over HTTP: Region Stockholm's two decided indicators defined (the maturity scale
 * revised once), a period opened for each over four of its units, values submitted on time and late, one corrected,
 * one unit recorded as not responding; the refusals the issue names (a unit outside the population, a score outside
 * the scale, a submission to a closed period, ...) answered with problem details and storing nothing; the period
 * closed and the indicator report read, by an auditor too; another region sees none of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IndicatorJourneyTest {

    private static final String PERIODS = "/api/reporting-periods";

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) throws Exception {
        String dir = Files.createTempDirectory("ledger-indicator-test").toString();
        registry.add("ledger.data-dir", () -> dir);
        registry.add("ledger.demo", () -> "false");
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void oneYearsReportingOfTheTwoDecidedIndicators() {
        LedgerClient api = new LedgerClient("http://127.0.0.1:" + port, "region-stockholm");
        String region = created(api.post("/api/organisation-units", """
                {"name":"Region Stockholm","kind":"REGION","reason":"test"}"""));
        String patientnamnden = unit(api, "Patientnämnden", "BOARD", region);
        String locum = unit(api, "Locum AB", "COMPANY", region);
        String aisab = unit(api, "Ambulanssjukvården i Storstockholm AB", "COMPANY", region);
        String trafik = unit(api, "Trafikförvaltningen", "ADMINISTRATION", region);
        String capio = unit(api, "Capio S:t Görans sjukhus", "HOSPITAL", region);

        // ---- the catalogue ----
        LedgerClient.Response definedMethods = api.post("/api/indicators", """
                {"wording":"Nämnder /bolag har infört metoder och verktyg för att arbeta med innovationer på ett\
                 systematiskt sätt i den egna verksamheten","kind":"BOOLEAN_SHARE",
                 "unit":"andel nämnder och bolag (%)","documentRef":"Innovationsbokslut 2021, rad 89"}""");
        String methods = created(definedMethods);
        assertThat(definedMethods.header("ETag")).isEqualTo("\"0\"");
        assertThat(definedMethods.header("Location")).isEqualTo("/api/indicators/" + methods);
        String maturity = created(api.post("/api/indicators", maturity("", "\"reason\":\"Beslutade indikatorer\"")));
        assertProblem(api.post("/api/indicators", """
                {"wording":"Mognad","kind":"SCALE_1_5","unit":"nivå","levels":["1","2"],"reason":"test"}"""), 400,
                "INVALID_INPUT");
        JsonNode revised = ok(api.post("/api/indicators/" + maturity + "/revise", maturity(
                "\"decisionReference\":\"RS 2022-0001\",", "\"changeNote\":\"Diarienummer\",\"reason\":\"Beslut\""),
                "If-Match", "\"0\""));
        assertThat(revised.get("version").asLong()).isEqualTo(1);
        assertProblem(api.post("/api/indicators/" + maturity + "/revise", """
                {"wording":"Mognad","kind":"COUNT","unit":"st","changeNote":"Annat","reason":"test"}"""), 409,
                "INDICATOR_KIND_CHANGED");

        // ---- the periods ----
        String population = "[\"%s\",\"%s\",\"%s\",\"%s\"]".formatted(patientnamnden, locum, aisab, trafik);
        LedgerClient.Response opened = api.post(PERIODS, open(maturity, population));
        String maturity2021 = created(opened);
        assertThat(opened.header("Location")).isEqualTo(PERIODS + "/" + maturity2021);
        String methods2021 = created(api.post(PERIODS, open(methods, population)));
        assertProblem(api.post(PERIODS, open(methods, population)), 409, "REPORTING_PERIOD_EXISTS");
        assertProblem(api.post(PERIODS, open(methods, "[\"%s\",\"unit-unknown\"]".formatted(locum))
                .replace("\"year\":2021", "\"year\":2022")), 409,
                "POPULATION_UNIT_UNKNOWN");
        assertProblem(api.post(PERIODS, open("indicator-unknown", population)), 409, "INDICATOR_NOT_DEFINED");

        String submissions = PERIODS + "/" + maturity2021 + "/submissions";
        ok(api.post(submissions, submission(patientnamnden, "2.5", "2022-01-20")));
        JsonNode late = ok(api.post(submissions, submission(locum, "3", "2022-02-03"), "If-Match", "\"1\""));
        assertThat(late.get("version").asLong()).isEqualTo(2);
        ok(api.post(submissions, submission(aisab, "2.0", "2022-01-21")));
        ok(api.post(submissions + "/" + aisab + "/correction", """
                {"correctedValue":2.6,"correctedOn":"2022-01-25","comment":"Felskrivning","reason":"Rättelse"}"""));
        ok(api.post(PERIODS + "/" + maturity2021 + "/non-responses", """
                {"unitId":"%s","nonResponseReason":"Ingen redovisning","recordedOn":"2022-02-01","reason":"Påminnelse"}"""
                .formatted(trafik)));
        ok(api.post(PERIODS + "/" + methods2021 + "/submissions", submission(patientnamnden, "true", "2022-01-20")));
        ok(api.post(PERIODS + "/" + methods2021 + "/submissions", submission(locum, "true", "2022-01-20")));
        ok(api.post(PERIODS + "/" + methods2021 + "/submissions", submission(aisab, "false", "2022-01-20")));

        // ---- what the issue says must be refused, storing nothing ----
        long stored = storedEvents();
        assertProblem(api.post(submissions, submission(capio, "3", "2022-01-20")), 409, "UNIT_OUTSIDE_POPULATION");
        assertThat(api.post(submissions, submission(capio, "3", "2022-01-20")).json().get("detail").asText())
                .startsWith("A submission from a unit outside the population");
        assertProblem(api.post(PERIODS + "/" + methods2021 + "/submissions", submission(trafik, "5.5", "2022-01-20")),
                400, "VALUE_NOT_OF_KIND");
        String methodsOfTrafik = PERIODS + "/" + methods2021 + "/submissions";
        assertThat(storedEvents()).isEqualTo(stored);
        ok(api.post(methodsOfTrafik, submission(trafik, "false", "2022-01-22")));
        stored = storedEvents();
        assertProblem(api.post(PERIODS + "/" + methods2021 + "/submissions/" + trafik + "/correction", """
                {"correctedValue":5.5,"correctedOn":"2022-01-23","reason":"test"}"""), 400, "VALUE_NOT_OF_KIND");
        assertProblem(api.post(submissions, submission(patientnamnden, "3", "2022-01-22")), 409,
                "VALUE_ALREADY_SUBMITTED");
        assertProblem(api.post(submissions + "/" + locum + "/correction", """
                {"correctedValue":5.5,"correctedOn":"2022-02-04","reason":"test"}"""), 400, "SCORE_OUTSIDE_SCALE");
        assertProblem(api.post(submissions + "/" + locum + "/correction", """
                {"correctedValue":0,"correctedOn":"2022-02-04","reason":"test"}"""), 400, "SCORE_OUTSIDE_SCALE");
        assertProblem(api.post(submissions + "/" + locum + "/correction", """
                {"correctedValue":"3","correctedOn":"2022-02-04","reason":"test"}"""), 400, "INVALID_INPUT");
        assertProblem(api.post(PERIODS + "/" + maturity2021 + "/non-responses", """
                {"unitId":"%s","recordedOn":"2022-02-01","reason":"test"}""".formatted(locum)), 409,
                "UNIT_HAS_SUBMITTED");
        assertProblem(api.post(submissions + "/" + patientnamnden + "/correction", """
                {"correctedValue":2.7,"correctedOn":"2022-01-26","reason":"test"}""", "If-Match", "\"3\""), 412,
                "STALE_VERSION");
        assertThat(storedEvents()).as("the refusals stored nothing").isEqualTo(stored);

        JsonNode closed = ok(api.post(PERIODS + "/" + maturity2021 + "/closure", """
                {"closedOn":"2022-02-14","reason":"Innovationsbokslutet"}""", "If-Match", "\"5\""));
        assertThat(closed.get("version").asLong()).isEqualTo(6);
        stored = storedEvents();
        assertProblem(api.post(submissions, submission(trafik, "2", "2022-02-14")), 409, "PERIOD_CLOSED");
        assertProblem(api.post(submissions + "/" + locum + "/correction", """
                {"correctedValue":2.9,"correctedOn":"2022-02-14","reason":"test"}"""), 409, "PERIOD_CLOSED");
        assertProblem(api.post(PERIODS + "/" + maturity2021 + "/closure", """
                {"closedOn":"2022-02-15","reason":"test"}"""), 409, "PERIOD_ALREADY_CLOSED");
        assertThat(storedEvents()).as("nothing after the closure").isEqualTo(stored);

        // ---- the report ----
        JsonNode report = api.await("/api/indicator-report?indicatorId=" + maturity + "&year=2021",
                r -> r.status() == 200 && "CLOSED".equals(r.json().get("status").asText())).json();
        assertThat(report.get("indicatorVersion").asInt()).isEqualTo(2);
        assertThat(report.get("decisionReference").asText()).isEqualTo("RS 2022-0001");
        JsonNode responses = report.get("responses");
        assertThat(responses.get("population").asInt()).isEqualTo(4);
        assertThat(responses.get("submitted").asInt()).isEqualTo(3);
        assertThat(responses.get("late").asInt()).isEqualTo(1);
        assertThat(responses.get("corrected").asInt()).isEqualTo(1);
        assertThat(responses.get("nonResponses").asInt()).isEqualTo(1);
        assertThat(responses.get("missing").asInt()).isZero();
        assertThat(responses.get("responseRate").decimalValue()).isEqualByComparingTo("75.0");
        JsonNode scale = report.get("scale");
        assertThat(scale.get("mean").decimalValue()).as("2.5, 3 and the corrected 2.6").isEqualByComparingTo("2.7");
        assertThat(scale.get("meetingThreshold").asInt()).isEqualTo(3);
        List<Integer> distribution = new ArrayList<>();
        scale.get("distribution").forEach(level -> distribution.add(level.get("units").asInt()));
        assertThat(distribution).containsExactly(0, 2, 1, 0, 0);
        assertThat(report.get("byUnitKind").findValuesAsText("kind")).containsExactly("BOARD", "COMPANY",
                "ADMINISTRATION");
        assertThat(report.get("previousYear").isNull()).isTrue();
        assertThat(report.get("position").asLong()).isPositive();

        JsonNode share = api.await("/api/indicator-report?indicatorId=" + methods + "&year=2021",
                r -> r.status() == 200 && r.json().get("responses").get("submitted").asInt() == 4).json().get("share");
        assertThat(share.get("of").asText()).isEqualTo("POPULATION");
        assertThat(share.get("yes").asInt()).isEqualTo(2);
        assertThat(share.get("share").decimalValue()).isEqualByComparingTo("50.0");
        assertThat(share.get("shareRounded").asInt()).isEqualTo(50);

        JsonNode period = api.get(PERIODS + "/" + maturity2021).json();
        assertThat(api.get(PERIODS + "/" + maturity2021).header("ETag")).isEqualTo("\"6\"");
        JsonNode corrected = period.get("units").get(2);
        assertThat(corrected.get("value").decimalValue()).isEqualByComparingTo("2.6");
        assertThat(corrected.get("submittedValue").decimalValue()).as("the old value stays on record")
                .isEqualByComparingTo("2");
        assertThat(period.get("units").get(1).get("late").asBoolean()).isTrue();
        assertThat(period.get("units").get(3).get("status").asText()).isEqualTo("NON_RESPONSE");
        assertThat(api.get(PERIODS + "?indicatorId=" + methods + "&year=2021").json()).hasSize(1);
        assertThat(api.get("/api/indicators/" + maturity + "?version=1").json().get("definition")
                .get("decisionReference").isNull()).isTrue();
        assertProblem(api.get("/api/indicator-report?indicatorId=" + maturity + "&year=2020"), 404,
                "REPORTING_PERIOD_UNKNOWN");
        assertProblem(api.get("/api/indicator-report?indicatorId=" + maturity), 400, "INVALID_INPUT");

        LedgerClient auditor = api.asTestUser("auditor", "region-stockholm");
        assertThat(auditor.get("/api/indicator-report?indicatorId=" + maturity + "&year=2021").status())
                .isEqualTo(200);
        stored = storedEvents();
        assertProblem(auditor.post(PERIODS + "/" + methods2021 + "/closure", """
                {"closedOn":"2022-02-14","reason":"test"}"""), 403, "ROLE_NOT_ALLOWED");

        LedgerClient vasterbotten = api.asTenant("region-vasterbotten");
        assertThat(vasterbotten.get(PERIODS).json()).as("another region sees none of the periods").isEmpty();
        assertThat(vasterbotten.get("/api/indicators").json()).isEmpty();
        assertProblem(vasterbotten.get(PERIODS + "/" + maturity2021), 404, "REPORTING_PERIOD_UNKNOWN");
        assertProblem(vasterbotten.get("/api/indicator-report?indicatorId=" + maturity + "&year=2021"), 404,
                "REPORTING_PERIOD_UNKNOWN");
        assertProblem(vasterbotten.post(PERIODS + "/" + methods2021 + "/closure", """
                {"closedOn":"2022-02-14","reason":"test"}"""), 404, "REPORTING_PERIOD_UNKNOWN");
        assertThat(storedEvents()).as("the refusals stored nothing").isEqualTo(stored);
    }

    private static String unit(LedgerClient api, String name, String kind, String parent) {
        return created(api.post("/api/organisation-units", """
                {"name":"%s","kind":"%s","parentId":"%s","reason":"test"}""".formatted(name, kind, parent)));
    }

    private static String maturity(String extra, String why) {
        return """
                {"wording":"Innovationsgrad/ Innovationsmognad","kind":"SCALE_1_5","unit":"självskattad nivå 1–5",%s
                 "levels":["Sporadiskt","Medvetenhet","Metoder i delar","Systematiskt","Integrerat i kulturen"],
                 "threshold":{"value":2,"comparison":"ABOVE"},"note":"Nivåtexterna är illustrativa",%s}"""
                .formatted(extra, why);
    }

    private static String open(String indicator, String population) {
        return """
                {"indicatorId":"%s","year":2021,"population":%s,"opensOn":"2021-11-01","dueOn":"2022-01-31",
                 "reason":"Årsrapportering"}""".formatted(indicator, population);
    }

    private static String submission(String unit, String value, String on) {
        return """
                {"unitId":"%s","value":%s,"submittedOn":"%s","reason":"Redovisning"}""".formatted(unit, value, on);
    }

    private long storedEvents() {
        return jdbc.queryForObject("select count(*) from DomainEventEntry", Long.class);
    }
}
