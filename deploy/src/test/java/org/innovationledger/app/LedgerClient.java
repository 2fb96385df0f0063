package org.innovationledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * A plain HTTP client for the ledger's API, as an integrator would use it, signed in with HTTP Basic as one of
 * the test users of {@code src/test/resources/config/application.yml} ({@code role@tenant}, password
 * {@value #TEST_PASSWORD}).
 */
public final class LedgerClient {

    public static final String TEST_PASSWORD = "test-secret";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String user;
    private final String password;

    /** Signed in as the portfolio manager of that tenant. */
    public LedgerClient(String baseUrl, String tenant) {
        this(baseUrl, "manager@" + tenant, TEST_PASSWORD);
    }

    public LedgerClient(String baseUrl, String user, String password) {
        this.baseUrl = baseUrl;
        this.user = user;
        this.password = password;
    }

    /** The portfolio manager of another tenant. */
    public LedgerClient asTenant(String otherTenant) {
        return new LedgerClient(baseUrl, otherTenant);
    }

    /** Another user, e.g. {@code auditor@region-stockholm} or a demo user with its own password. */
    public LedgerClient as(String otherUser, String otherPassword) {
        return new LedgerClient(baseUrl, otherUser, otherPassword);
    }

    /** A test user: {@code role} is manager, auditor, integration or admin. */
    public LedgerClient asTestUser(String role, String tenant) {
        return new LedgerClient(baseUrl, role + "@" + tenant, TEST_PASSWORD);
    }

    /** No credentials at all. */
    public LedgerClient anonymous() {
        return new LedgerClient(baseUrl, null, null);
    }

    public String baseUrl() {
        return baseUrl;
    }

    public record Response(int status, HttpResponse<String> raw) {
        public JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + raw.body(), e);
            }
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        @Override
        public String toString() {
            return status + " " + raw.body();
        }
    }

    public Response post(String path, String json, String... headers) {
        HttpRequest.Builder request = request(path, headers)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        return send(request);
    }

    /** Any method with any body and content type, for tests of what the API refuses. */
    public Response send(String method, String path, HttpRequest.BodyPublisher body, String... headers) {
        return send(request(path, headers).method(method, body));
    }

    public Response get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    /** A document read as bytes (a PDF, or any body compared byte for byte). */
    public record Binary(int status, byte[] body, java.net.http.HttpHeaders headers) {
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    public Binary bytes(String path, String... headers) {
        try {
            HttpResponse<byte[]> response = http.send(request(path, headers).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Binary(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls a query until the read model has caught up with what was just written. */
    public Response await(String path, Predicate<Response> until) {
        long deadline = System.currentTimeMillis() + 30_000;
        Response last;
        do {
            last = get(path);
            if (until.test(last)) {
                return last;
            }
            sleep();
        } while (System.currentTimeMillis() < deadline);
        throw new AssertionError("read model did not catch up within 30 s; last answer: " + last);
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30));
        if (user != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
