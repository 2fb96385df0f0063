package org.innovationledger.app.security;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
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
        PageBrowser browser = PageBrowser.anonymous(base());
        HttpResponse<String> page = browser.get("/ui/portfolio");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(browser.get("/webjars/chart.js/dist/chart.umd.js").statusCode()).isEqualTo(200);
        assertThat(browser.get("/webjars/htmx.org/dist/htmx.min.js").statusCode()).isEqualTo(200);
        assertThat(browser.get("/webjars/picocss__pico/css/pico.min.css").statusCode()).isEqualTo(200);
        assertThat(browser.get("/ui/assets/ledger.css").statusCode()).isEqualTo(200);
        HttpResponse<String> login = browser.get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).as("the interface's own login page, its layout and language")
                .contains("/ui/assets/ledger.css", "lang=\"sv\"", "Logga in")
                .doesNotContain("data-test=\"nav-dashboard\"", "name=\"asOf\"");
        assertThat(browser.get("/login?lang=en").body()).contains("lang=\"en\"", "Sign in", "User name");
        assertThat(browser.get("/login?error").body()).as("the language chosen is kept")
                .contains("Wrong user name or password.");
    }

    @Test
    void anIntegrationHasNoPagesAnd403IsAPage() throws Exception {
        PageBrowser browser = signedIn("integration@" + STOCKHOLM);
        for (String path : new String[]{"/ui", "/ui/portfolio", "/ui/admin"}) {
            HttpResponse<String> refused = browser.get(path);
            assertThat(refused.statusCode()).as(path).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t ->
                    assertThat(t).startsWith("text/html"));
            assertThat(refused.body()).as(path).contains("data-test=\"denied\"").contains("Ingen behörighet");
        }
    }

    @Test
    void managersAndAuditorsSeeThePortfolioAdminsTheAdminPage() throws Exception {
        for (String reader : new String[]{"manager@" + STOCKHOLM, "auditor@" + STOCKHOLM}) {
            PageBrowser browser = signedIn(reader);
            HttpResponse<String> root = browser.get("/");
            assertThat(root.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/ui"));
            HttpResponse<String> dashboard = browser.get("/ui");
            assertThat(dashboard.statusCode()).as(reader).isEqualTo(200);
            assertThat(dashboard.body()).contains("<html lang=\"sv\"").contains("Portföljöversikt")
                    .contains(reader).contains("data-test=\"total\"");
            assertThat(browser.get("/ui/admin").statusCode()).as(reader).isEqualTo(403);
        }
        PageBrowser admin = signedIn("admin@" + STOCKHOLM);
        HttpResponse<String> start = admin.get("/ui");
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/ui/admin"));
        assertThat(admin.get("/ui/admin").body()).contains("Administration").contains("admin@" + STOCKHOLM)
                .as("the menu offers an admin only the pages the role opens")
                .contains("data-test=\"nav-audit\"").doesNotContain("data-test=\"nav-dashboard\"",
                        "data-test=\"nav-indicators\"", "data-test=\"nav-accounts\"");
        assertThat(admin.get("/ui/portfolio").statusCode()).as("the API does not let admins read the portfolio")
                .isEqualTo(403);
    }

    @Test
    void theLanguageIsChosenOnceAndKeptAndTheFiltersAreTheApis() throws Exception {
        PageBrowser browser = signedIn("manager@" + STOCKHOLM);
        assertThat(browser.get("/ui?lang=en").body()).contains("<html lang=\"en\"").contains("Portfolio overview");
        assertThat(browser.get("/ui").body()).as("kept in a cookie").contains("<html lang=\"en\"");
        assertThat(browser.get("/ui?lang=da").body()).contains("<html lang=\"da\"").contains("Porteføljeoverblik");
        assertThat(browser.get("/ui?lang=xx").body()).as("an unknown language changes nothing")
                .contains("<html lang=\"da\"");

        HttpResponse<String> badStage = browser.get("/ui/portfolio?stage=NOPE&lang=en");
        assertThat(badStage.statusCode()).isEqualTo(400);
        assertThat(badStage.body()).contains("stage must be one of").contains("INVALID_INPUT");
        HttpResponse<String> future = browser.get("/ui/portfolio?asOf=2999-01-01");
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(future.body()).contains("AS_OF_AHEAD_OF_LEDGER").contains("<html lang=\"en\"");
    }

    @Test
    void signingOutNeedsTheFormsCsrfToken() throws Exception {
        PageBrowser browser = signedIn("manager@" + STOCKHOLM);
        String page = browser.get("/ui").body();
        Matcher token = Pattern.compile("action=\"/logout\".{0,400}?name=\"_csrf\" value=\"([^\"]+)\"",
                Pattern.DOTALL).matcher(page);
        assertThat(token.find()).as("the logout form carries its CSRF token").isTrue();
        assertThat(browser.post("/logout", "").statusCode()).as("no token, no logout").isEqualTo(403);
        assertThat(browser.get("/ui").statusCode()).isEqualTo(200);
        HttpResponse<String> out = browser.post("/logout", "_csrf=" + token.group(1));
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(browser.get("/ui").statusCode()).as("signed out").isEqualTo(302);
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private PageBrowser signedIn(String user) {
        return PageBrowser.signedIn(base(), user);
    }
}
