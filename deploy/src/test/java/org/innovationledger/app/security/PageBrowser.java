package org.innovationledger.app.security;

import org.innovationledger.app.LedgerClient;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * The web interface as a browser without JavaScript uses it: a cookie jar, the login form with its CSRF token, and
 * plain GETs and form POSTs that do not follow redirects (so a test sees them).
 */
final class PageBrowser {

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final String base;

    private PageBrowser(String base) {
        this.base = base;
    }

    static PageBrowser anonymous(String base) {
        return new PageBrowser(base);
    }

    /** Signed in through the login form as a test user ({@code role@tenant}, the test users' password). */
    static PageBrowser signedIn(String base, String user) {
        PageBrowser browser = new PageBrowser(base);
        String form = browser.get("/login").body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"").matcher(form);
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> login = browser.post("/login", "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + LedgerClient.TEST_PASSWORD + "&_csrf=" + csrf.group(1));
        assertThat(login.headers().firstValue("Location")).as(user).hasValueSatisfying(l ->
                assertThat(l).doesNotContain("error"));
        return browser;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).build());
    }

    HttpResponse<String> post(String path, String form) {
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
