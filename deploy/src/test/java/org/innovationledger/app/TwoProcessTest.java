package org.innovationledger.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;


/**
 * Command side and query side as two processes: events in PostgreSQL, read models in the query service's
 * embedded MongoDB-wire server. A command accepted by one is visible through a query on the other. The query
 * service starts first, on a database without event tables, and waits for the command service to create them.
 */
class TwoProcessTest {

    @TempDir
    Path work;

    @Test
    void commandOnOneServiceIsVisibleThroughTheOther() throws Exception {
        PostgresDatabase.assumeAvailable();
        Path[] jars = ServiceProcess.requireExecJars("the two-process test", "command-side", "query-side");
        Path commandJar = jars[0];
        Path queryJar = jars[1];

        try (PostgresDatabase db = new PostgresDatabase();
             ServiceProcess querySide = ServiceProcess.start("query-side", queryJar, work,
                     "--spring.profiles.active=postgres", "--spring.datasource.url=" + db.jdbcUrl(),
                     "--spring.datasource.username=" + PostgresDatabase.USER, "--ledger.data-dir=" + work);
             ServiceProcess commandSide = ServiceProcess.start("command-side", commandJar, work,
                     "--spring.profiles.active=postgres", "--spring.datasource.url=" + db.jdbcUrl(),
                     "--spring.datasource.username=" + PostgresDatabase.USER)) {
            new PortfolioJourney(new LedgerClient(commandSide.baseUrl(), "region-stockholm"),
                    new LedgerClient(querySide.baseUrl(), "region-stockholm"), db::storedEvents).run();
        }
    }
}
