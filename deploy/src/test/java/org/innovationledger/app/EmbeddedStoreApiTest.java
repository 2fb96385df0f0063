package org.innovationledger.app;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.innovationledger.query.integration.amqp.AmqpEventPublisher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The all-in-one application on its default, embedded stores, exercised over HTTP. */
@AutoConfigureObservability // Boot switches metrics export off in tests; the Prometheus endpoint is checked here
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmbeddedStoreApiTest {

    static final Path DATA = createDataDir();

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("ledger.data-dir", DATA::toString);
        registry.add("ledger.demo", () -> "false");
    }

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    ApplicationContext context;

    @Test
    void portfolioJourneyOnTheEmbeddedStores() {
        LedgerClient client = new LedgerClient("http://127.0.0.1:" + port, "region-stockholm");
        PortfolioJourney journey = new PortfolioJourney(client, client,
                () -> jdbc.queryForObject("select count(*) from DomainEventEntry", Long.class)).run();

        assertThat(Files.exists(DATA.resolve("events.mv.db"))).as("events in an H2 file in the data folder").isTrue();
        assertThat(Files.exists(DATA.resolve("readmodels.mv"))).as("read models in the data folder").isTrue();

        List<? extends DomainEventMessage<?>> regionEvents = eventStore.readEvents(journey.regionId).asStream().toList();
        assertThat(regionEvents).hasSize(2);
        MetaData registered = regionEvents.get(0).getMetaData();
        assertThat(registered)
                .containsEntry(LedgerMetadata.PRINCIPAL, "manager@region-stockholm")
                .containsEntry(LedgerMetadata.ROLE, "PORTFOLIO_MANAGER")
                .containsEntry(LedgerMetadata.TENANT, "region-stockholm")
                .containsEntry(LedgerMetadata.DOCUMENT_REF, "RS 2019-0672")
                .containsEntry(LedgerMetadata.CORRELATION_ID, "journey-1")
                .containsKey(LedgerMetadata.CAUSATION_ID);
        MetaData renamed = regionEvents.get(1).getMetaData();
        assertThat(renamed).containsEntry(LedgerMetadata.REASON, "Regionbildning");
        assertThat(renamed.get(LedgerMetadata.CORRELATION_ID)).as("a new request, a new correlation")
                .isNotEqualTo("journey-1").isNotNull();
        assertThat(renamed.get(LedgerMetadata.CAUSATION_ID)).isNotEqualTo(registered.get(LedgerMetadata.CAUSATION_ID));
    }

    @Test
    void healthApiDocsAndMetricsAreServed() {
        LedgerClient client = new LedgerClient("http://127.0.0.1:" + port, "region-stockholm");
        assertThat(client.get("/actuator/health").json().get("status").asText()).isEqualTo("UP");
        assertThat(client.get("/actuator/health").json().path("components").has("rabbit"))
                .as("the broker is no part of the service's health").isFalse();
        assertThat(processing.eventProcessor("amqp-publisher")).as("AMQP publishing is off by default").isEmpty();
        assertThat(context.getBeansOfType(AmqpEventPublisher.class)).isEmpty();
        assertThat(client.get("/v3/api-docs").json().get("paths").has("/api/portfolio")).isTrue();
        assertThat(client.get("/swagger-ui/index.html").status()).isEqualTo(200);
        assertThat(client.asTestUser("admin", "region-stockholm").get("/actuator/prometheus").raw().body())
                .contains("jvm_memory_used_bytes");
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("ledger-embedded-test");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
