package org.innovationledger.app.operations;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.innovationledger.app.LedgerClient;
import org.innovationledger.app.PostgresDatabase;
import org.innovationledger.app.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovationledger.app.Answers.created;

/**
 * The web interface's forms in the split deployment: a browser signs in on the query service, opens the form to
 * register a need, and posts its JSON (session cookie, the page's CSRF token, an Idempotency-Key) to the command
 * service, a separate process, as the proxy routes it. With {@code ledger.sessions.store=mongodb} on both (one
 * MongoDB for read models and sessions) the command service knows the session: 201, and the need shows on the query
 * side. A command service without the setting refuses the same session, and after signing out on the query service
 * the shared one refuses it too.
 */
class SplitDeploymentFormsTest {

    private static final String TENANT = "region-stockholm";
    private static final String USER = "manager@" + TENANT;
    private static final Pattern LOGIN_CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf|_csrf_header)\" content=\"([^\"]+)\"");

    @TempDir
    Path work;

    @Test
    void theQueryServicesSessionCarriesTheFormsToTheCommandServiceUntilSignOut() throws Exception {
        PostgresDatabase.assumeAvailable();
        Path[] jars = ServiceProcess.requireExecJars("the split deployment's forms test", "command-side",
                "query-side");
        Path commandJar = jars[0];
        Path queryJar = jars[1];

        MongoServer mongoServer = new MongoServer(new MemoryBackend());
        mongoServer.bind("127.0.0.1", 0);
        String mongoUri = "mongodb://127.0.0.1:" + mongoServer.getLocalAddress().getPort() + "/innovation_ledger";
        String[] sharedSessions = {"--ledger.sessions.store=mongodb", "--ledger.sessions.mongo-uri=" + mongoUri};
        try (MongoClient mongo = MongoClients.create(mongoUri);
             PostgresDatabase db = new PostgresDatabase();
             ServiceProcess commandSide = commandService("command-side", commandJar, db, sharedSessions);
             ServiceProcess querySide = ServiceProcess.start("query-side", queryJar, work,
                     "--spring.profiles.active=postgres", "--spring.datasource.url=" + db.jdbcUrl(),
                     "--spring.datasource.username=" + PostgresDatabase.USER, "--ledger.mongo.uri=" + mongoUri,
                     "--ledger.data-dir=" + work.resolve("query"), "--ledger.audit.chain.enabled=false",
                     sharedSessions[0], sharedSessions[1])) {
            String unit = created(new LedgerClient(commandSide.baseUrl(), TENANT).post("/api/organisation-units", """
                    {"name":"Karolinska universitetssjukhuset","kind":"HOSPITAL","reason":"Formulärtest"}"""));

            Browser browser = Browser.signIn(querySide.baseUrl());
            FormPage form = browser.awaitForm("/ui/needs/new", unit);
            assertThat(form.html()).as("the form posts to the command API").contains("data-api=\"/api/needs\"");
            String session = browser.sessionCookie();
            MongoCollection<Document> sessions = mongo.getDatabase("innovation_ledger").getCollection("web_sessions");
            assertThat(sessions.countDocuments(Filters.eq("_id", sessionId(session))))
                    .as("the query service keeps the session in the shared MongoDB").isEqualTo(1);

            String need = """
                    {"title":"Snabbare provsvar på akuten","source":"STAFF","unitId":"%s",\
                    "reason":"Anmält via webbgränssnittet"}""".formatted(unit);
            LedgerClient.Response accepted = postAsTheForm(commandSide, need, session, form);
            String needId = created(accepted);
            LedgerClient reader = new LedgerClient(querySide.baseUrl(), TENANT);
            assertThat(reader.await("/api/needs/" + needId, r -> r.status() == 200).json().get("title").asText())
                    .isEqualTo("Snabbare provsvar på akuten");

            LedgerClient.Response withoutToken = new LedgerClient(commandSide.baseUrl(), null, null)
                    .post("/api/needs", need, "Cookie", session, "Idempotency-Key", UUID.randomUUID().toString());
            assertThat(withoutToken.status()).as("the session alone, without the page's CSRF token: %s", withoutToken)
                    .isEqualTo(403);

            try (ServiceProcess inMemory = commandService("command-in-memory", commandJar, db)) {
                LedgerClient.Response refused = postAsTheForm(inMemory, need, session, form);
                assertThat(refused.status()).as("a command service with sessions in memory: %s", refused)
                        .isEqualTo(401);
                assertThat(refused.contentType()).startsWith("application/problem+json");
            }

            HttpResponse<String> signedOut = browser.postForm("/logout",
                    "_csrf=" + URLEncoder.encode(form.csrfToken(), StandardCharsets.UTF_8));
            assertThat(signedOut.headers().firstValue("Location")).hasValueSatisfying(l ->
                    assertThat(l).endsWith("/login?logout"));
            assertThat(sessions.countDocuments(Filters.eq("_id", sessionId(session))))
                    .as("signing out removed the shared session").isZero();
            LedgerClient.Response afterSignOut = postAsTheForm(commandSide, need, session, form);
            assertThat(afterSignOut.status()).as("the signed-out session on the command service: %s", afterSignOut)
                    .isEqualTo(401);
            assertThat(afterSignOut.contentType()).startsWith("application/problem+json");
        } finally {
            mongoServer.shutdownNow();
        }
    }

    private ServiceProcess commandService(String name, Path jar, PostgresDatabase db, String... settings)
            throws IOException {
        String[] args = new String[3 + settings.length];
        args[0] = "--spring.profiles.active=postgres";
        args[1] = "--spring.datasource.url=" + db.jdbcUrl();
        args[2] = "--spring.datasource.username=" + PostgresDatabase.USER;
        System.arraycopy(settings, 0, args, 3, settings.length);
        return ServiceProcess.start(name, jar, work, args);
    }

    /** What ledger-forms.js sends: JSON, the session cookie, the page's CSRF token under its header, a fresh key. */
    private static LedgerClient.Response postAsTheForm(ServiceProcess service, String json, String session,
                                                       FormPage form) {
        return new LedgerClient(service.baseUrl(), null, null).post("/api/needs", json,
                "Accept", "application/json, application/problem+json", "Cookie", session,
                form.csrfHeader(), form.csrfToken(), "Idempotency-Key", UUID.randomUUID().toString());
    }

    /** Spring Session's cookie carries the session id in Base64; MongoDB keeps it as the document's _id. */
    private static String sessionId(String cookie) {
        return new String(Base64.getDecoder().decode(cookie.substring(cookie.indexOf('=') + 1)),
                StandardCharsets.UTF_8);
    }

    /** A page with a form: its HTML and the CSRF token and header name from its meta tags. */
    private record FormPage(String html, String csrfToken, String csrfHeader) {

        static FormPage of(String html) {
            String token = null;
            String header = null;
            Matcher meta = META.matcher(html);
            while (meta.find()) {
                if (meta.group(1).equals("_csrf")) {
                    token = meta.group(2);
                } else {
                    header = meta.group(2);
                }
            }
            assertThat(token).as("the page's CSRF meta tag").isNotNull();
            assertThat(header).as("the page's CSRF header meta tag").isEqualTo("X-CSRF-TOKEN");
            return new FormPage(html, token, header);
        }
    }

    /** A browser's cookie jar on the query service; redirects are not followed, so the test sees them. */
    private static final class Browser {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
        private final String base;

        private Browser(String base) {
            this.base = base;
        }

        static Browser signIn(String base) {
            Browser browser = new Browser(base);
            Matcher csrf = LOGIN_CSRF.matcher(browser.get("/login").body());
            assertThat(csrf.find()).as("the login form's CSRF token").isTrue();
            HttpResponse<String> login = browser.postForm("/login", "username="
                    + URLEncoder.encode(USER, StandardCharsets.UTF_8) + "&password=" + LedgerClient.TEST_PASSWORD
                    + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8));
            assertThat(login.headers().firstValue("Location")).as("signed in").hasValueSatisfying(l ->
                    assertThat(l).doesNotContain("error"));
            return browser;
        }

        /** The form page, once the read model lists the unit the form offers. */
        FormPage awaitForm(String path, String unit) throws InterruptedException {
            long deadline = System.currentTimeMillis() + 30_000;
            HttpResponse<String> page;
            do {
                page = get(path);
                if (page.statusCode() == 200 && page.body().contains("value=\"" + unit + "\"")) {
                    return FormPage.of(page.body());
                }
                Thread.sleep(250);
            } while (System.currentTimeMillis() < deadline);
            throw new AssertionError(path + " never offered unit " + unit + ": " + page.statusCode());
        }

        /** The session cookie as a browser sends it: Spring Session's, not the servlet container's. */
        String sessionCookie() {
            HttpCookie session = cookies.getCookieStore().getCookies().stream()
                    .filter(cookie -> cookie.getName().equals("SESSION")).findFirst()
                    .orElseThrow(() -> new AssertionError("no SESSION cookie: " + cookies.getCookieStore()
                            .getCookies()));
            assertThat(session.isHttpOnly()).isTrue();
            return session.getName() + "=" + session.getValue();
        }

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
        }

        HttpResponse<String> postForm(String path, String form) {
            return send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        }

        private HttpResponse<String> send(HttpRequest request) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
