package org.innovationledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;

/** A plain HTTP client for the ledger's API, as an integrator would use it. */
public final class LedgerClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String tenant;

    public LedgerClient(String baseUrl, String tenant) {
        this.baseUrl = baseUrl;
        this.tenant = tenant;
    }

    public LedgerClient asTenant(String otherTenant) {
        return new LedgerClient(baseUrl, otherTenant);
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

    public Response get(String path, String... headers) {
        return send(request(path, headers).GET());
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
                .timeout(Duration.ofSeconds(30))
                .header("X-Ledger-Tenant", tenant)
                .header("X-Ledger-Principal", "anna.manager")
                .header("X-Ledger-Role", "PORTFOLIO_MANAGER");
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
