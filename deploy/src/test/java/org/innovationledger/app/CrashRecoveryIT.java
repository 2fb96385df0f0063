package org.innovationledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 during a stream of commands on the embedded stores: after a restart every acknowledged command's event
 * is in the event store, and the portfolio lists every stored initiative exactly once. Runs after the all-in-one jar is packaged (failsafe, {@code ./mvnw verify}).
 */
class CrashRecoveryIT {

    @TempDir
    Path data;

    @Test
    void acknowledgedCommandsSurviveAKill() throws Exception {
        Path jar = ServiceProcess.allInOneJar();
        assertThat(jar).as("deploy/target/innovation-ledger.jar is built before integration tests").isNotNull();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();

        ServiceProcess first = ServiceProcess.start("ledger-before-kill", jar, data, "--ledger.demo=false", "--ledger.data-dir=" + data);
        LedgerClient client = new LedgerClient(first.baseUrl(), "region-stockholm");
        String unit = client.post("/api/organisation-units", """
                {"name":"Region Västerbotten","kind":"REGION","reason":"crash test"}""").json().get("id").asText();

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger sent = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        for (int w = 0; w < 4; w++) {
            writers.submit(() -> {
                while (running.get()) {
                    try {
                        LedgerClient.Response response = client.post("/api/initiatives", """
                                {"title":"Initiativ %d","unitId":"%s","origin":"PARTNER_OFFER","partnerName":"Medtech-företag","processModel":"generic-stage-gate","reason":"load"}"""
                                .formatted(sent.incrementAndGet(), unit));
                        if (response.status() == 201) {
                            acknowledged.add(response.json().get("id").asText());
                        }
                    } catch (RuntimeException connectionGone) {
                        return;
                    }
                }
            });
        }
        long until = System.currentTimeMillis() + 4_000;
        while (System.currentTimeMillis() < until || acknowledged.size() < 50) {
            Thread.sleep(100);
        }
        first.kill();
        running.set(false);
        writers.shutdown();
        assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        List<String> listed;
        try (ServiceProcess second = ServiceProcess.start("ledger-after-kill", jar, data, "--ledger.demo=false", "--ledger.data-dir=" + data)) {
            LedgerClient after = new LedgerClient(second.baseUrl(), "region-stockholm");
            // the dead process's token claims expire first (10 s), then the projections catch up
            after.await("/api/portfolio",
                    r -> r.json().get("total").asInt() >= acknowledged.size() && stable(after, r.json()));
            listed = allIds(after);
        }
        Set<String> stored = storedInitiatives();
        assertThat(stored).as("every acknowledged command's event is in the event store").containsAll(acknowledged);
        assertThat(new HashSet<>(listed)).as("no initiative listed twice").hasSize(listed.size());
        Set<String> notProjected = new HashSet<>(stored);
        notProjected.removeAll(listed);
        System.out.printf("crash test: %d commands sent, %d acknowledged before kill -9, %d stored, %d in the portfolio"
                + " after restart, not projected: %s%n", sent.get(), acknowledged.size(), stored.size(), listed.size(),
                notProjected);
        assertThat(notProjected).as("every stored initiative is in the portfolio after the restart").isEmpty();
    }

    /** Initiative ids in the H2 event store, read directly once the service has stopped. */
    private Set<String> storedInitiatives() throws Exception {
        String url = "jdbc:h2:file:" + data.toAbsolutePath().resolve("events") + ";ACCESS_MODE_DATA=r";
        Set<String> ids = new HashSet<>();
        try (var connection = java.sql.DriverManager.getConnection(url, "sa", "");
             var rows = connection.createStatement().executeQuery(
                     "select aggregateIdentifier from DomainEventEntry where type = 'Initiative'")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    /** Every initiative id in the portfolio, page by page. */
    private static List<String> allIds(LedgerClient client) {
        List<String> ids = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode overview = client.get("/api/portfolio?size=200&page=" + page).json();
            JsonNode rows = overview.get("initiatives");
            rows.forEach(row -> ids.add(row.get("initiativeId").asText()));
            if (rows.size() < 200) {
                return ids;
            }
        }
    }

    /** The projection has caught up when a second look a moment later shows the same count. */
    private static boolean stable(LedgerClient client, JsonNode seen) {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return client.get("/api/portfolio").json().get("total").equals(seen.get("total"));
    }
}
