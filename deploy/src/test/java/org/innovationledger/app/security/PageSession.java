package org.innovationledger.app.security;

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

/** A browser without JavaScript, signed in through the login form with a test user: its cookies, its GETs. */
final class PageSession {

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final String base;

    private PageSession(String base) {
        this.base = base;
    }

    /** Signed in as {@code role@tenant} (manager, auditor, integration or admin). */
    static PageSession signedIn(int port, String user) {
        PageSession session = new PageSession("http://127.0.0.1:" + port);
        Matcher csrf = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"")
                .matcher(session.get("/login").body());
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> login = session.send(HttpRequest.newBuilder(URI.create(session.base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                        + "&password=test-secret&_csrf=" + csrf.group(1))));
        assertThat(login.headers().firstValue("Location")).as(user)
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        return session;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
