package org.innovationledger.app.security;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.innovationledger.app.LedgerClient;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** HTTP Basic for the API, a login form for the UI, and the server's word on who acted. */
class AuthenticationTest extends SecuredLedger {

    @Autowired
    EventStore eventStore;

    @Test
    void wrongOrMissingCredentialsAre401ProblemsThatSayHowToSignIn() {
        for (LedgerClient.Response refused : new LedgerClient.Response[]{
                client().anonymous().get("/api/portfolio"),
                client().as("manager@region-stockholm", "wrong").get("/api/portfolio"),
                client().as("nobody", "test-secret").get("/api/portfolio")}) {
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.header("WWW-Authenticate")).startsWith("Basic realm=\"Innovation Ledger\"");
            assertThat(refused.json().get("rule").asText()).isEqualTo("AUTHENTICATION_REQUIRED");
        }
    }

    @Test
    void theDemoUsersDoNotExistWhileTheDemoIsOff() {
        assertThat(client().as("manager", "manager").get("/api/me").status()).isEqualTo(401);
        assertThat(client().as("admin", "admin").get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void meSaysWhoTheLedgerTakesTheCallerFor() {
        JsonNode me = as("auditor", VASTERBOTTEN).get("/api/me").json();
        assertThat(me.get("principal").asText()).isEqualTo("auditor@region-vasterbotten");
        assertThat(me.get("role").asText()).isEqualTo("AUDITOR");
        assertThat(me.get("tenant").asText()).isEqualTo(VASTERBOTTEN);
        assertThat(me.get("authenticatedBy").asText()).isEqualTo("local-user");
    }

    @Test
    void adminListsTheLocalUsersWithoutTheirPasswords() {
        LedgerClient.Response users = as("admin", STOCKHOLM).get("/api/admin/users");
        assertThat(users.status()).isEqualTo(200);
        assertThat(users.raw().body()).contains("\"name\":\"auditor@region-stockholm\"")
                .doesNotContain("bcrypt").doesNotContain("$2a$");
    }

    @Test
    void whoActedIsTheAuthenticatedCallerWhateverTheRequestClaims() {
        LedgerClient manager = as("manager", STOCKHOLM);
        LedgerClient.Response unit = manager.post("/api/organisation-units", """
                        {"name":"Karolinska Universitetssjukhuset","kind":"HOSPITAL","reason":"intake"}""",
                "X-Ledger-Principal", "mallory", "X-Ledger-Role", "ADMIN", "X-Ledger-Tenant", "region-skane");
        assertThat(unit.status()).as(unit.toString()).isEqualTo(201);
        MetaData metaData = eventStore.readEvents(unit.json().get("id").asText()).next().getMetaData();
        assertThat(metaData).containsEntry(LedgerMetadata.PRINCIPAL, "manager@region-stockholm")
                .containsEntry(LedgerMetadata.ROLE, "PORTFOLIO_MANAGER")
                .containsEntry(LedgerMetadata.TENANT, STOCKHOLM)
                .containsEntry(LedgerMetadata.AUTHENTICATED_BY, "local-user");

        long before = storedEvents();
        LedgerClient.Response smuggled = manager.post("/api/organisation-units", """
                {"name":"Falsk enhet","kind":"HOSPITAL","reason":"r","principal":"mallory","tenant":"region-skane"}""");
        assertThat(smuggled.status()).isEqualTo(400);
        assertThat(smuggled.json().get("detail").asText()).startsWith("unknown field 'principal'");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void theUiHasALoginFormWithCsrfProtectionAndASession() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String base = "http://127.0.0.1:" + port;
        HttpResponse<String> start = browser.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

        String form = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"").matcher(form);
        assertThat(csrf.find()).as(form).isTrue();

        assertThat(login(browser, base, "manager@region-stockholm", "test-secret", null).statusCode())
                .as("no CSRF token, no login").isEqualTo(403);
        HttpResponse<String> wrong = login(browser, base, "manager@region-stockholm", "wrong", csrf.group(1));
        assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("error"));
        HttpResponse<String> signedIn = login(browser, base, "manager@region-stockholm", "test-secret", csrf.group(1));
        assertThat(signedIn.statusCode()).isEqualTo(302);

        HttpResponse<String> root = browser.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(root.statusCode()).as("the web interface takes over where the login form leads").isEqualTo(302);
        assertThat(root.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/ui"));
        HttpResponse<String> home = browser.send(HttpRequest.newBuilder(URI.create(base + "/ui")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("manager@region-stockholm").contains("region-stockholm");

        // the web interface calls the API with its session: reads as they are, changes only with the CSRF token
        HttpResponse<String> me = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/me")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(me.body()).contains("\"principal\":\"manager@region-stockholm\"");
        long before = storedEvents();
        String unit = """
                {"name":"Danderyds sjukhus","kind":"HOSPITAL","reason":"Registrerad i webbgränssnittet"}""";
        HttpResponse<String> forged = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/organisation-units"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(unit)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).as("a foreign page's request rides on the cookie alone: refused")
                .isEqualTo(403);
        assertThat(forged.body()).contains("\"rule\":\"CSRF_TOKEN_INVALID\"");
        assertThat(storedEvents()).isEqualTo(before);
        String token = csrfToken(browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        HttpResponse<String> fromThePage = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/organisation-units"))
                .header("Content-Type", "application/json").header("X-CSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString(unit)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(fromThePage.statusCode()).as(fromThePage.body()).isEqualTo(201);
        String unitId = new com.fasterxml.jackson.databind.ObjectMapper().readTree(fromThePage.body()).get("id").asText();
        assertThat(eventStore.readEvents(unitId).next().getMetaData())
                .containsEntry(LedgerMetadata.PRINCIPAL, "manager@region-stockholm")
                .containsEntry(LedgerMetadata.AUTHENTICATED_BY, "local-user");

        // the API never opens a session of its own
        HttpResponse<String> basic = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/me"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        "manager@region-stockholm:test-secret".getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(basic.statusCode()).isEqualTo(200);
        assertThat(basic.headers().firstValue("Set-Cookie")).isEmpty();

        // signed out, the session reads nothing
        browser.send(HttpRequest.newBuilder(URI.create(base + "/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(browser.send(HttpRequest.newBuilder(URI.create(base + "/api/me")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    private static String csrfToken(String page) {
        Matcher csrf = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).as(page).isTrue();
        return csrf.group(1);
    }

    private static HttpResponse<String> login(HttpClient browser, String base, String user, String password,
                                              String csrf) throws IOException, InterruptedException {
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + (csrf == null ? "" : "&_csrf=" + csrf);
        return browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
