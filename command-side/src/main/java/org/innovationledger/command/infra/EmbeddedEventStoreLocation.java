package org.innovationledger.command.infra;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Points the event store at an H2 file in the data folder unless a datasource URL is configured
 * (profile {@code postgres}) or events live in Axon Server. WRITE_DELAY=0: H2 otherwise keeps acknowledged
 * commits in memory for 500 ms, and a killed process loses them.
 */
public class EmbeddedEventStoreLocation implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (env.containsProperty("spring.datasource.url") || env.acceptsProfiles(p -> p.test("axonserver"))) {
            return;
        }
        Path dataDir = Path.of(env.getProperty("ledger.data-dir", "./data")).toAbsolutePath().normalize();
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + dataDir, e);
        }
        String url = "jdbc:h2:file:" + dataDir.resolve("events") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        env.getPropertySources().addLast(new MapPropertySource("ledgerEmbeddedEventStore",
                Map.of("spring.datasource.url", url, "spring.datasource.username", "sa",
                        "spring.datasource.password", "")));
    }
}
