package org.innovationledger.app.security;

import com.fasterxml.jackson.databind.JsonNode;
import org.innovationledger.app.LedgerClient;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indicator, innovation-accounts and auditor pages over HTTP: the roles of the API they read (reports for
 * managers and auditors; the trail also for admins, the chain verification only for auditors and admins), bad input
 * as a 400 page that says why, nothing of that kind as a 404 page.
 */
class ReportPagesAccessTest extends SecuredLedger {

    @Test
    void reportsAreTheManagersAndAuditorsTheTrailAlsoTheAdminsAndNothingIsTheIntegrations() {
        for (String reader : new String[]{"manager@" + STOCKHOLM, "auditor@" + STOCKHOLM}) {
            PageBrowser browser = PageBrowser.signedIn("http://127.0.0.1:" + port, reader);
            assertPage(browser.get("/ui/indicators"), 200, "data-test=\"catalogue-note\"");
            HttpResponse<String> newest = browser.get("/ui/accounts");
            assertThat(newest.statusCode()).as("the year goes into the address").isEqualTo(302);
            String year = newest.headers().firstValue("Location").orElseThrow().replaceAll(".*year=", "");
            assertPage(browser.get("/ui/accounts?year=" + year), 200, "data-test=\"download-pdf\"");
            assertPage(browser.get("/ui/audit"), 200, "data-test=\"apply-filters\"");
        }
        PageBrowser admin = PageBrowser.signedIn("http://127.0.0.1:" + port, "admin@" + STOCKHOLM);
        assertPage(admin.get("/ui/indicators"), 403, "data-test=\"denied\"");
        assertPage(admin.get("/ui/accounts"), 403, "data-test=\"denied\"");
        assertPage(admin.get("/ui/audit?scope=global"), 200, "data-test=\"chain-status\"");
        PageBrowser integration = PageBrowser.signedIn("http://127.0.0.1:" + port, "integration@" + STOCKHOLM);
        for (String path : new String[]{"/ui/indicators", "/ui/accounts", "/ui/audit", "/ui/audit/events/0"}) {
            assertPage(integration.get(path), 403, "data-test=\"denied\"");
        }
    }

    @Test
    void theChainVerificationIsTheAuditorsAsInTheApi() {
        assertThat(as("manager", STOCKHOLM).get("/api/audit/chain/verification").status()).isEqualTo(403);
        HttpResponse<String> manager = PageBrowser.signedIn("http://127.0.0.1:" + port, "manager@" + STOCKHOLM).get("/ui/audit");
        assertThat(manager.body()).contains("data-test=\"chain-not-yours\"").doesNotContain("data-test=\"chain-status\"");
        JsonNode verification = as("auditor", STOCKHOLM).get("/api/audit/chain/verification").json();
        HttpResponse<String> auditor = PageBrowser.signedIn("http://127.0.0.1:" + port, "auditor@" + STOCKHOLM).get("/ui/audit");
        assertThat(auditor.body()).contains("data-status=\"" + verification.get("status").asText() + "\"");
    }

    @Test
    void anEventOfTheTrailOpensOnItsOwnPageOtherRegionsEventsDoNot() {
        LedgerClient manager = as("manager", STOCKHOLM);
        LedgerClient.Response created = manager.post("/api/organisation-units", """
                {"name":"Granskningsenheten","kind":"REGION","establishedOn":"2020-01-01","documentRef":"RS 2020-0101"}""");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String unit = created.json().get("id").asText();
        JsonNode trail = manager.await("/api/audit/events?aggregateId=" + unit,
                answer -> answer.json().get("entries").size() == 1).json();
        long position = trail.get("entries").get(0).get("position").asLong();

        PageBrowser auditor = PageBrowser.signedIn("http://127.0.0.1:" + port, "auditor@" + STOCKHOLM);
        HttpResponse<String> filtered = auditor.get("/ui/audit?aggregateId=" + unit);
        assertPage(filtered, 200, "data-position=\"" + position + "\"");
        assertPage(auditor.get("/ui/audit/events/" + position), 200, "RS 2020-0101");
        assertThat(auditor.get("/ui/audit/events/" + position).body()).contains("Granskningsenheten")
                .contains("manager@" + STOCKHOLM);

        PageBrowser elsewhere = PageBrowser.signedIn("http://127.0.0.1:" + port, "auditor@" + VASTERBOTTEN);
        assertPage(elsewhere.get("/ui/audit/events/" + position), 404, "AUDIT_ENTRY_UNKNOWN");
        assertThat(elsewhere.get("/ui/audit?aggregateId=" + unit).body()).contains("data-test=\"no-entries\"");
    }

    @Test
    void badInputIsA400PageThatSaysWhyAndNothingOfThatKindA404() {
        PageBrowser manager = PageBrowser.signedIn("http://127.0.0.1:" + port, "manager@" + STOCKHOLM);
        assertPage(manager.get("/ui/indicators?year=tjugo"), 400, "year must be a whole number");
        assertPage(manager.get("/ui/accounts?year=12"), 400, "year must lie between 1000 and 9999");
        assertPage(manager.get("/ui/indicators?year=1999"), 404, "REPORTING_PERIOD_UNKNOWN");
        assertPage(manager.get("/ui/audit?from=yesterday"), 400, "from must be an ISO-8601 date and time");
        assertPage(manager.get("/ui/audit?type=NoSuchEvent"), 400, "INVALID_INPUT");
        assertPage(manager.get("/ui/audit?limit=0"), 400, "limit must be between 1 and 1000");
        assertPage(manager.get("/ui/audit?scope=global"), 403, "ROLE_NOT_ALLOWED");
        assertPage(manager.get("/ui/audit/events/minus-one"), 400, "position must be a global event position");
        assertPage(manager.get("/ui/audit/events/99999999"), 404, "AUDIT_ENTRY_UNKNOWN");
        assertPage(manager.get("/ui/accounts?asOf=2999-01-01"), 400, "AS_OF_AHEAD_OF_LEDGER");
    }

    private static void assertPage(HttpResponse<String> page, int status, String contains) {
        assertThat(page.statusCode()).as(page.uri() + ": " + page.body()).isEqualTo(status);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/html"));
        assertThat(page.body()).as(page.uri().toString()).contains(contains);
    }
}
