package org.innovationledger.app.security;

import org.junit.jupiter.api.Test;

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

/**
 * The web interface's pages over HTTP, as a browser without JavaScript sees them: the same roles as the API they
 * read (the portfolio is the managers' and auditors'; an admin gets the admin's page, an integration none),
 * the login form for the anonymous, HTML refusals, language by {@code ?lang=}, bad input as a page that says why.
 */
class WebInterfaceAccessTest extends SecuredLedger {

    @Test
    void anonymousReadersAreSentToTheLoginFormButGetTheAssets() throws Exception {
        HttpClient browser = browser();
        HttpResponse<String> page = get(browser, "/ui/portfolio");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(get(browser, "/webjars/chart.js/dist/chart.umd.js").statusCode()).isEqualTo(200);
        assertThat(get(browser, "/webjars/htmx.org/dist/htmx.min.js").statusCode()).isEqualTo(200);
        assertThat(get(browser, "/webjars/picocss__pico/css/pico.min.css").statusCode()).isEqualTo(200);
        assertThat(get(browser, "/ui/assets/ledger.css").statusCode()).isEqualTo(200);
        HttpResponse<String> login = get(browser, "/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).as("the interface's own login page, its layout and language")
                .contains("/ui/assets/ledger.css", "lang=\"sv\"", "Logga in")
                .doesNotContain("data-test=\"nav-dashboard\"", "name=\"asOf\"");
        assertThat(get(browser, "/login?lang=en").body()).contains("lang=\"en\"", "Sign in", "User name");
        assertThat(get(browser, "/login?error").body()).as("the language chosen is kept")
                .contains("Wrong user name or password.");
    }

    @Test
    void anIntegrationHasNoPagesAnd403IsAPage() throws Exception {
        HttpClient browser = signedIn("integration@" + STOCKHOLM);
        for (String path : new String[]{"/ui", "/ui/portfolio", "/ui/admin"}) {
            HttpResponse<String> refused = get(browser, path);
            assertThat(refused.statusCode()).as(path).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t ->
                    assertThat(t).startsWith("text/html"));
            assertThat(refused.body()).as(path).contains("data-test=\"denied\"").contains("Ingen behörighet");
        }
    }

    @Test
    void managersAndAuditorsSeeThePortfolioAdminsTheAdminPage() throws Exception {
        for (String reader : new String[]{"manager@" + STOCKHOLM, "auditor@" + STOCKHOLM}) {
            HttpClient browser = signedIn(reader);
            HttpResponse<String> root = get(browser, "/");
            assertThat(root.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/ui"));
            HttpResponse<String> dashboard = get(browser, "/ui");
            assertThat(dashboard.statusCode()).as(reader).isEqualTo(200);
            assertThat(dashboard.body()).contains("<html lang=\"sv\"").contains("Portföljöversikt")
                    .contains(reader).contains("data-test=\"total\"");
            assertThat(get(browser, "/ui/admin").statusCode()).as(reader).isEqualTo(403);
        }
        HttpClient admin = signedIn("admin@" + STOCKHOLM);
        HttpResponse<String> start = get(admin, "/ui");
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/ui/admin"));
        assertThat(get(admin, "/ui/admin").body()).contains("Administration").contains("admin@" + STOCKHOLM)
                .as("the menu offers an admin only the pages the role opens")
                .contains("data-test=\"nav-audit\"").doesNotContain("data-test=\"nav-dashboard\"",
                        "data-test=\"nav-indicators\"", "data-test=\"nav-accounts\"");
        assertThat(get(admin, "/ui/portfolio").statusCode()).as("the API does not let admins read the portfolio")
                .isEqualTo(403);
    }

    @Test
    void theLanguageIsChosenOnceAndKeptAndTheFiltersAreTheApis() throws Exception {
        HttpClient browser = signedIn("manager@" + STOCKHOLM);
        assertThat(get(browser, "/ui?lang=en").body()).contains("<html lang=\"en\"").contains("Portfolio overview");
        assertThat(get(browser, "/ui").body()).as("kept in a cookie").contains("<html lang=\"en\"");
        assertThat(get(browser, "/ui?lang=da").body()).contains("<html lang=\"da\"").contains("Porteføljeoverblik");
        assertThat(get(browser, "/ui?lang=xx").body()).as("an unknown language changes nothing")
                .contains("<html lang=\"da\"");

        HttpResponse<String> badStage = get(browser, "/ui/portfolio?stage=NOPE&lang=en");
        assertThat(badStage.statusCode()).isEqualTo(400);
        assertThat(badStage.body()).contains("stage must be one of").contains("INVALID_INPUT");
        HttpResponse<String> future = get(browser, "/ui/portfolio?asOf=2999-01-01");
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(future.body()).contains("AS_OF_AHEAD_OF_LEDGER").contains("<html lang=\"en\"");
    }

    @Test
    void signingOutNeedsTheFormsCsrfToken() throws Exception {
        HttpClient browser = signedIn("manager@" + STOCKHOLM);
        String page = get(browser, "/ui").body();
        Matcher token = Pattern.compile("action=\"/logout\".{0,400}?name=\"_csrf\" value=\"([^\"]+)\"",
                Pattern.DOTALL).matcher(page);
        assertThat(token.find()).as("the logout form carries its CSRF token").isTrue();
        assertThat(post(browser, "/logout", "").statusCode()).as("no token, no logout").isEqualTo(403);
        assertThat(get(browser, "/ui").statusCode()).isEqualTo(200);
        HttpResponse<String> out = post(browser, "/logout", "_csrf=" + token.group(1));
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(get(browser, "/ui").statusCode()).as("signed out").isEqualTo(302);
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    private HttpClient signedIn(String user) throws IOException, InterruptedException {
        HttpClient browser = browser();
        String form = get(browser, "/login").body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"").matcher(form);
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> login = post(browser, "/login", "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=test-secret&_csrf=" + csrf.group(1));
        assertThat(login.headers().firstValue("Location")).as(user).hasValueSatisfying(l ->
                assertThat(l).doesNotContain("error"));
        return browser;
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(base() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(HttpClient browser, String path, String form)
            throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
