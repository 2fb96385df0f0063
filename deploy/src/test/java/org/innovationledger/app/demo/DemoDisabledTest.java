package org.innovationledger.app.demo;

import org.innovationledger.app.LedgerClient;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** With {@code --ledger.demo=false} an empty store stays empty. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoDisabledTest {

    static final Path DATA = createDataDir();

    @DynamicPropertySource
    static void demoOff(DynamicPropertyRegistry registry) {
        registry.add("ledger.data-dir", DATA::toString);
        registry.add("ledger.demo", () -> "false");
    }

    @LocalServerPort
    int port;
    @Autowired
    DemoLoader loader;
    @Autowired
    EventStore eventStore;

    @Test
    void nothingIsLoaded() {
        assertThat(loader.result().outcome()).isEqualTo(DemoLoader.Outcome.DISABLED);
        assertThat(eventStore.createHeadToken()).as("no event in the store").isNull();
        for (String tenant : DemoDataTest.INITIATIVES.keySet()) {
            LedgerClient client = new LedgerClient("http://127.0.0.1:" + port, tenant);
            assertThat(client.get("/api/portfolio").json().get("total").asInt()).as(tenant).isZero();
        }
        assertThat(new LedgerClient("http://127.0.0.1:" + port, "region-hovedstaden").get("/api/missions").json())
                .isEmpty();
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("ledger-demo-off-test");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
