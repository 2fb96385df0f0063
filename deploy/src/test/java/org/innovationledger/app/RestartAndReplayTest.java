package org.innovationledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events and read models survive a restart on the same data folder, and delivering events again (a token that
 * fell behind its read models, or a full replay from position zero) never counts anything twice.
 */
class RestartAndReplayTest {

    private static final String PORTFOLIO = "portfolio";
    private static final String UNITS = "organisation-units";

    @TempDir
    Path data;

    @Test
    void restartKeepsEverythingAndReplaysDoNotDoubleCount() {
        String unitId;
        JsonNode beforeRestart;
        try (ConfigurableApplicationContext first = start()) {
            LedgerClient client = client(first);
            unitId = client.post("/api/organisation-units", """
                    {"name":"Karolinska Universitetssjukhuset","kind":"HOSPITAL","reason":"r"}""").json()
                    .get("id").asText();
            assertThat(client.post("/api/organisation-units/" + unitId + "/rename", """
                    {"newName":"Karolinska Universitetssjukhuset Solna","effectiveFrom":"2020-01-01","reason":"r"}""")
                    .status()).isEqualTo(200);
            for (int i = 1; i <= 3; i++) {
                assertThat(client.post("/api/initiatives", """
                        {"title":"Initiativ %d","unitId":"%s","origin":"PARTNER_OFFER","partnerName":"Medtech-företag","processModel":"generic-stage-gate","reason":"r"}""".formatted(i, unitId)).status())
                        .isEqualTo(201);
            }
            beforeRestart = client.await("/api/portfolio", r -> r.json().get("initiativeCount").asInt() == 3).json();
        }

        try (ConfigurableApplicationContext second = start()) {
            LedgerClient client = client(second);
            assertThat(client.get("/api/portfolio").json()).as("read models survive the restart").isEqualTo(beforeRestart);
            assertThat(client.post("/api/initiatives", """
                    {"title":"Initiativ 4","unitId":"%s","origin":"PARTNER_OFFER","partnerName":"Medtech-företag","processModel":"generic-stage-gate","reason":"r"}""".formatted(unitId)).status()).isEqualTo(201);
            JsonNode live = client.await("/api/portfolio", r -> r.json().get("initiativeCount").asInt() == 4).json();
            JsonNode unit = client.await("/api/organisation-units/" + unitId, r -> r.status() == 200).json();
            assertThat(unit.get("names")).hasSize(2);
            assertThat(live.get("position").asLong()).as("positions continue after the restart")
                    .isGreaterThan(beforeRestart.get("position").asLong());

            for (String processor : new String[]{PORTFOLIO, UNITS}) {
                rewindTokenWithoutReset(second, processor);
                awaitCaughtUp(second, processor);
            }
            assertThat(client.get("/api/portfolio").json()).as("redelivered events are ignored").isEqualTo(live);
            assertThat(client.get("/api/organisation-units/" + unitId).json()).isEqualTo(unit);

            for (String processor : new String[]{PORTFOLIO, UNITS}) {
                replayFromZero(second, processor);
                awaitCaughtUp(second, processor);
            }
            assertThat(client.get("/api/portfolio").json()).as("a full replay rebuilds the same overview").isEqualTo(live);
            assertThat(client.get("/api/organisation-units/" + unitId).json()).isEqualTo(unit);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(InnovationLedgerApplication.class)
                .run("--server.port=0", "--ledger.demo=false", "--ledger.data-dir=" + data);
    }

    private static LedgerClient client(ConfigurableApplicationContext context) {
        int port = ((ServletWebServerApplicationContext) context).getWebServer().getPort();
        return new LedgerClient("http://127.0.0.1:" + port, "region-stockholm");
    }

    private static TrackingEventProcessor processor(ConfigurableApplicationContext context, String name) {
        return context.getBean(EventProcessingConfiguration.class)
                .eventProcessor(name, TrackingEventProcessor.class).orElseThrow();
    }

    /** As after a crash between writing read models and storing the token: every event comes again. */
    private static void rewindTokenWithoutReset(ConfigurableApplicationContext context, String name) {
        TrackingEventProcessor processor = processor(context, name);
        processor.shutDown();
        context.getBean(TokenStore.class)
                .storeToken(GapAwareTrackingToken.newInstance(0, Collections.emptySet()), name, 0);
        processor.start();
    }

    private static void replayFromZero(ConfigurableApplicationContext context, String name) {
        TrackingEventProcessor processor = processor(context, name);
        processor.shutDown();
        processor.resetTokens();
        processor.start();
    }

    private static void awaitCaughtUp(ConfigurableApplicationContext context, String name) {
        long head = context.getBean(EventStore.class).createHeadToken().position().orElseThrow();
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            boolean caughtUp = processor(context, name).processingStatus().values().stream()
                    .map(status -> status.getTrackingToken())
                    .anyMatch(at -> at != null && at.position().orElse(-1) >= head);
            if (caughtUp) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError(name + " did not reach position " + head);
    }
}
