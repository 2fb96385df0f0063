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
 * kill -9 during a stream of commands on the embedded stores: after a restart every acknowledged initiative is
 * in the portfolio, exactly once. Runs after the all-in-one jar is packaged (failsafe, {@code ./mvnw verify}).
 */
class CrashRecoveryIT {

    @TempDir
    Path data;

    @Test
    void acknowledgedCommandsSurviveAKill() throws Exception {
        Path jar = ServiceProcess.allInOneJar();
        assertThat(jar).as("deploy/target/innovation-ledger.jar is built before integration tests").isNotNull();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();

        ServiceProcess first = ServiceProcess.start("ledger-before-kill", jar, data, "--ledger.data-dir=" + data);
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
                                {"title":"Initiativ %d","unitId":"%s","reason":"load"}"""
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

        try (ServiceProcess second = ServiceProcess.start("ledger-after-kill", jar, data, "--ledger.data-dir=" + data)) {
            LedgerClient after = new LedgerClient(second.baseUrl(), "region-stockholm");
            JsonNode overview = after.await("/api/portfolio",
                    r -> ids(r.json()).containsAll(acknowledged) && stable(after, r.json())).json();
            List<String> listed = ids(overview);
            assertThat(new HashSet<>(listed)).as("no initiative listed twice").hasSize(listed.size());
            assertThat(listed).containsAll(acknowledged);
            assertThat(overview.get("initiativeCount").asInt()).isEqualTo(listed.size());
            System.out.printf("crash test: %d commands sent, %d acknowledged before kill -9, %d in the portfolio after restart%n",
                    sent.get(), acknowledged.size(), listed.size());
        }
    }

    private static List<String> ids(JsonNode overview) {
        return overview.get("initiatives").findValuesAsText("initiativeId");
    }

    /** The projection has caught up when a second look a moment later shows the same count. */
    private static boolean stable(LedgerClient client, JsonNode seen) {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return client.get("/api/portfolio").json().get("initiativeCount").equals(seen.get("initiativeCount"));
    }
}
