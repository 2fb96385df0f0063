package org.innovationledger.app;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.innovationledger.kernel.initiative.InitiativeRegistered;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A projection whose handler fails does not lose the event: it is parked in the MongoDB dead-letter queue
 * (with the rest of its aggregate's sequence), other aggregates go on, and it is handled once redelivered.
 * The log says so, in the context of the request that caused the event (the plain lines' "[correlation principal]").
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "axon.eventhandling.processors." + DeadLetterTest.GROUP + ".dlq.enabled=true")
class DeadLetterTest {

    static final String GROUP = "dead-letter-probe";

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) throws Exception {
        String dir = Files.createTempDirectory("ledger-dlq-test").toString();
        registry.add("ledger.data-dir", () -> dir);
        registry.add("ledger.demo", () -> "false");
    }

    @TestConfiguration
    static class Probe {
        @Bean
        FailingProjection failingProjection() {
            return new FailingProjection();
        }
    }

    /** Fails on initiatives titled "Trasig" until told to recover. */
    @ProcessingGroup(GROUP)
    static class FailingProjection {
        final AtomicBoolean broken = new AtomicBoolean(true);
        final List<String> handled = new CopyOnWriteArrayList<>();

        @EventHandler
        void on(InitiativeRegistered event) {
            if (broken.get() && event.title().equals("Trasig")) {
                throw new IllegalStateException("projection bug");
            }
            handled.add(event.title());
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    FailingProjection projection;
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void failingEventIsParkedAndRedelivered(CapturedOutput output) throws Exception {
        LedgerClient client = new LedgerClient("http://127.0.0.1:" + port, "region-stockholm");
        String unit = client.post("/api/organisation-units", """
                {"name":"Innovationsklinik Skellefteå","kind":"TESTBED","reason":"r"}""").json().get("id").asText();
        for (String title : List.of("Trasig", "Hel")) {
            assertThat(client.post("/api/initiatives", """
                    {"title":"%s","unitId":"%s","origin":"PARTNER_OFFER","partnerName":"Medtech-företag","processModel":"generic-stage-gate","reason":"r"}""".formatted(title, unit),
                    "X-Correlation-Id", "dead-letter-" + title).status()).isEqualTo(201);
        }
        SequencedDeadLetterQueue<EventMessage<?>> queue = processing.deadLetterQueue(GROUP).orElseThrow();
        awaitTrue(() -> projection.handled.contains("Hel") && queue.amountOfSequences() == 1);
        assertThat(projection.handled).containsExactly("Hel");
        assertThat(output.getOut()).containsPattern("\\[dead-letter-Trasig manager@region-stockholm] .*"
                + "event InitiativeRegistered parked in the dead-letter queue of " + GROUP
                + ": java.lang.IllegalStateException");

        projection.broken.set(false);
        SequencedDeadLetterProcessor<EventMessage<?>> redelivery =
                processing.sequencedDeadLetterProcessor(GROUP).orElseThrow();
        assertThat(redelivery.processAny()).isTrue();
        assertThat(projection.handled).containsExactly("Hel", "Trasig");
        assertThat(queue.amountOfSequences()).isZero();
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("condition not met within 30 s");
            }
            Thread.sleep(100);
        }
    }
}
