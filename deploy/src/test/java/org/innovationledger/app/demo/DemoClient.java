package org.innovationledger.app.demo;

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

/**
 * Reads the ledger's API as a portfolio manager of one region would. (The app package's LedgerClient is
 * package-private there; this is its read-only counterpart for the demo tests.)
 */
final class DemoClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String tenant;

    DemoClient(String baseUrl, String tenant) {
        this.baseUrl = baseUrl;
        this.tenant = tenant;
    }

    record Response(int status, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    Response get(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("X-Ledger-Tenant", tenant)
                .header("X-Ledger-Principal", "portfolio.manager")
                .header("X-Ledger-Role", "PORTFOLIO_MANAGER")
                .GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls until the answer satisfies {@code until}: the read side is eventually consistent. */
    Response await(String path, Predicate<Response> until) {
        long deadline = System.currentTimeMillis() + 30_000;
        Response last;
        do {
            last = get(path);
            if (until.test(last)) {
                return last;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        } while (System.currentTimeMillis() < deadline);
        throw new AssertionError("read model did not catch up within 30 s; last answer to " + path + ": " + last);
    }
}
