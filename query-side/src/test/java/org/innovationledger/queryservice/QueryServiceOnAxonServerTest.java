package org.innovationledger.queryservice;

import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.axonserver.connector.query.AxonServerQueryBus;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.queryhandling.QueryBus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.HealthContributorRegistry;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Profile {@code axonserver} wires the query service to Axon Server for events and query routing, with tokens and
 * read models in MongoDB and no JDBC at all. Axon Server is not available on these machines, so this checks the
 * wiring against an address nobody listens on; streaming events from a real server, routing queries between
 * nodes and Axon Server's own segment balancing are not exercised (README, Distributed topology).
 */
class QueryServiceOnAxonServerTest {

    @TempDir
    Path data;

    @Test
    void readModelsFollowAxonServerAndQueriesAreRoutedThroughIt() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(QueryServiceApplication.class)
                .properties("spring.config.name=query-service")
                .run("--server.port=0", "--spring.profiles.active=axonserver", "--ledger.data-dir=" + data,
                        "--axon.axonserver.servers=127.0.0.1:" + closedPort)) {
            EventStore events = app.getBean(EventStore.class);
            assertThat(events).isInstanceOf(AxonServerEventStore.class);
            assertThat(app.getBean(QueryBus.class)).isInstanceOf(AxonServerQueryBus.class);
            assertThat(app.getBean(TokenStore.class)).isInstanceOf(MongoTokenStore.class);
            assertThat(app.getBeanProvider(DataSource.class).getIfAvailable()).isNull();

            TrackingEventProcessor portfolio = app.getBean(EventProcessingConfiguration.class)
                    .eventProcessor("portfolio", TrackingEventProcessor.class).orElseThrow();
            assertThat(portfolio.getMessageSource()).as("the read models track Axon Server's event stream")
                    .isSameAs(events);
            assertThat(app.getBean(HealthContributorRegistry.class).getContributor("axonServer"))
                    .as("readiness covers the connection to Axon Server").isNotNull();
            assertThat(app.getBeanNamesForType(Class.forName(
                    "org.innovationledger.query.infra.processing.SegmentBalancer"))).hasSize(1);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
