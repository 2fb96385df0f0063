package org.innovationledger.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;

/** The same journey with events in PostgreSQL (profile {@code postgres}), when a server is reachable. */
class PostgresApiTest {

    @TempDir
    Path data;

    @Test
    void portfolioJourneyOnPostgres() throws Exception {
        PostgresDatabase.assumeAvailable();
        try (PostgresDatabase db = new PostgresDatabase();
             ConfigurableApplicationContext app = new SpringApplicationBuilder(InnovationLedgerApplication.class)
                     .run("--server.port=0", "--spring.profiles.active=postgres", "--ledger.data-dir=" + data,
                             "--spring.datasource.url=" + db.jdbcUrl(),
                             "--spring.datasource.username=" + PostgresDatabase.USER)) {
            int port = ((ServletWebServerApplicationContext) app).getWebServer().getPort();
            LedgerClient client = new LedgerClient("http://127.0.0.1:" + port, "region-stockholm");
            new PortfolioJourney(client, client, db::storedEvents).run();
        }
    }
}
