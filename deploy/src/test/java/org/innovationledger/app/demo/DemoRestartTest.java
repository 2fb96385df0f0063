package org.innovationledger.app.demo;

import org.innovationledger.app.InnovationLedgerApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo is loaded into an empty store only: a second start on the same data folder, demo still on, sends
 * nothing and stores nothing. (A test-managed context cannot be closed half-way, so this starts the application
 * itself, like RestartAndReplayTest.)
 */
class DemoRestartTest {

    @TempDir
    Path data;

    @Test
    void aSecondStartOnTheSameDataFolderLoadsNothing() {
        long loaded;
        try (ConfigurableApplicationContext first = start()) {
            DemoLoader.Result result = first.getBean(DemoLoader.class).result();
            assertThat(result.outcome()).as(String.valueOf(result)).isEqualTo(DemoLoader.Outcome.LOADED);
            loaded = storedEvents(first);
            assertThat(loaded).isPositive();
        }
        try (ConfigurableApplicationContext second = start()) {
            assertThat(second.getBean(DemoLoader.class).result().outcome())
                    .isEqualTo(DemoLoader.Outcome.SKIPPED_STORE_NOT_EMPTY);
            assertThat(storedEvents(second)).as("events after the second start").isEqualTo(loaded);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(InnovationLedgerApplication.class)
                .run("--server.port=0", "--ledger.demo=true", "--ledger.data-dir=" + data);
    }

    private static long storedEvents(ConfigurableApplicationContext context) {
        return context.getBean(JdbcTemplate.class).queryForObject("select count(*) from DomainEventEntry", Long.class);
    }
}
