package org.innovationledger.app.operations;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.innovationledger.app.InnovationLedgerApplication;
import org.innovationledger.app.LedgerClient;
import org.innovationledger.app.PostgresDatabase;
import org.innovationledger.app.ReadModelSnapshot;
import org.innovationledger.app.ReadSide;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The all-in-one application on a data folder (and a PostgreSQL database), as a restore starts it. */
final class RunningLedger implements AutoCloseable {

    /**
     * Webhook subscriptions and their delivery queue are no read model: they are what integrations asked for, not
     * something the events say, so an events-only restore has none, and their delivery attempts go on changing
     * them. A restore brings them back from the read-model backup (the zip, or mongodump).
     */
    static final List<String> NOT_FROM_EVENTS = List.of("webhook_subscriptions", "webhook_deliveries",
            "webhook_sequence");

    private final ConfigurableApplicationContext context;
    private final String baseUrl;

    private RunningLedger(ConfigurableApplicationContext context) {
        this.context = context;
        this.baseUrl = "http://127.0.0.1:" + ((ServletWebServerApplicationContext) context).getWebServer().getPort();
    }

    static RunningLedger embedded(Path data) {
        return start("--ledger.data-dir=" + data);
    }

    static RunningLedger postgres(PostgresDatabase events, Path data) {
        return start("--spring.profiles.active=postgres", "--spring.datasource.url=" + events.jdbcUrl(),
                "--spring.datasource.username=" + PostgresDatabase.USER, "--ledger.data-dir=" + data);
    }

    private static RunningLedger start(String... settings) {
        String[] args = Stream.concat(Stream.of("--server.port=0", "--ledger.demo=false",
                        "--ledger.audit.chain.interval=100ms", "--ledger.audit.chain.gap-timeout=1s",
                        "--ledger.audit.chain.checkpoint-interval=5"), Stream.of(settings))
                .toArray(String[]::new);
        return new RunningLedger(new SpringApplicationBuilder(InnovationLedgerApplication.class).run(args));
    }

    LedgerClient as(String role, String tenant) {
        return new LedgerClient(baseUrl, role + "@" + tenant, LedgerClient.TEST_PASSWORD);
    }

    LedgerClient anonymous() {
        return new LedgerClient(baseUrl, null, null);
    }

    long head() {
        return context.getBean(EventStore.class).createHeadToken().position().orElse(-1);
    }

    /** Every processor has handled the newest event. */
    void awaitCaughtUp() {
        ReadSide.awaitCaughtUp(context.getBean(EventStore.class), context.getBean(EventProcessingConfiguration.class),
                Duration.ofSeconds(60));
    }

    /** The chain's status once it covers every stored event. */
    JsonNode awaitChained() {
        long head = head();
        return as("auditor", RecordedHistory.STOCKHOLM).await("/api/audit/chain",
                r -> r.status() == 200 && r.json().path("chainedUpTo").asLong() == head).json();
    }

    /** The chain verified from its first position to its head against the event table. */
    JsonNode verifiedChain() {
        LedgerClient.Response verification = as("auditor", RecordedHistory.STOCKHOLM).get("/api/audit/chain/verification");
        assertThat(verification.status()).as(verification.toString()).isEqualTo(200);
        assertThat(verification.json().get("status").asText()).as(verification.toString()).isEqualTo("OK");
        return verification.json();
    }

    /** Every read model's documents and indexes in the configured database. */
    ReadModelSnapshot readModels() {
        ReadModelSnapshot all = ReadModelSnapshot.of(context.getBean(MongoTemplate.class).getDb());
        List<String> readModels = new ArrayList<>(all.collections());
        readModels.removeAll(NOT_FROM_EVENTS);
        return all.only(readModels);
    }

    @Override
    public void close() {
        context.close();
    }
}
