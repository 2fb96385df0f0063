package org.innovationledger.app.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real webhook receiver on a free loopback port, as an integrator would write one: it verifies every request's
 * Standard Webhooks signature on its own (HMAC-SHA256 with the secret's decoded bytes over id.timestamp.body, not
 * the ledger's code), records what came in what order, and answers as the test tells it to.
 */
final class WebhookReceiver implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request as it arrived, and what the receiver answered. */
    record Received(String webhookId, long timestamp, String signature, String contentType, String body,
                    boolean signatureValid, int answered, JsonNode event) {
        String eventId() {
            return event.get("id").asText();
        }

        long position() {
            return event.get("ledgerposition").asLong();
        }

        boolean delivered() {
            return answered / 100 == 2;
        }
    }

    /** What to answer to the n-th request (1 for the first); may take its time. */
    interface Behaviour {
        int answer(int request) throws InterruptedException;
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Received> requests = new ArrayList<>();
    private final AtomicInteger count = new AtomicInteger();
    private volatile Behaviour behaviour = request -> 200;
    private volatile String secret;

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/ledger-events";
    }

    void secret(String whsec) {
        this.secret = whsec;
    }

    void behave(Behaviour behaviour) {
        this.behaviour = behaviour;
    }

    synchronized List<Received> requests() {
        return List.copyOf(requests);
    }

    /** The requests answered 2xx, in the order they came. */
    List<Received> delivered() {
        return requests().stream().filter(Received::delivered).toList();
    }

    /** Waits until {@code n} requests were answered 2xx; fails with what came when they do not. */
    List<Received> awaitDelivered(int n, Duration within) throws InterruptedException {
        long deadline = System.currentTimeMillis() + within.toMillis();
        while (delivered().size() < n) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("expected " + n + " deliveries within " + within + ", got "
                        + delivered().size() + " of " + requests().size() + " requests");
            }
            Thread.sleep(20);
        }
        return delivered();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] bytes = exchange.getRequestBody().readAllBytes();
            String body = new String(bytes, StandardCharsets.UTF_8);
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
            String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
            boolean valid = "POST".equals(exchange.getRequestMethod()) && verify(id, timestamp, body, signature);
            int status;
            try {
                status = valid ? behaviour.answer(count.incrementAndGet()) : 400;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                status = 503;
            }
            synchronized (this) {
                requests.add(new Received(id, Long.parseLong(timestamp), signature,
                        exchange.getRequestHeaders().getFirst("Content-Type"), body, valid, status, JSON.readTree(body)));
            }
            exchange.sendResponseHeaders(status, -1);
        }
    }

    /** Standard Webhooks verification, written from the specification. */
    private boolean verify(String id, String timestamp, String body, String header) {
        if (secret == null || id == null || timestamp == null || header == null) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            for (String candidate : header.split(" ")) {
                if (candidate.startsWith("v1,") && MessageDigest.isEqual(expected,
                        Base64.getDecoder().decode(candidate.substring(3)))) {
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
