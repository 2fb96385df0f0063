package org.innovationledger.commandservice;

import org.axonframework.axonserver.connector.command.AxonServerCommandBus;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Profile {@code axonserver} wires the command service to Axon Server for events and command routing, with no
 * JDBC store at all. Axon Server is not available on these machines, so this checks the wiring against an
 * address nobody listens on: the service starts and waits for the server instead of falling back silently.
 */
class AxonServerProfileTest {

    @Test
    void commandServiceUsesAxonServerForEventsAndCommands() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CommandServiceApplication.class)
                .properties("spring.config.name=command-service")
                .run("--server.port=0", "--spring.profiles.active=axonserver",
                        "--axon.axonserver.servers=127.0.0.1:" + closedPort)) {
            assertThat(app.getBean(EventStore.class)).isInstanceOf(AxonServerEventStore.class);
            assertThat(app.getBean(CommandBus.class)).isInstanceOf(AxonServerCommandBus.class);
            assertThat(app.getBeanProvider(DataSource.class).getIfAvailable()).isNull();
        }
    }
}
