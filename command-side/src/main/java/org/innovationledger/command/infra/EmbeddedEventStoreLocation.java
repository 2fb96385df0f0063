package org.innovationledger.command.infra;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.core.env.Environment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Points the event store at an H2 file in the data folder unless a datasource URL is configured
 * (profile {@code postgres}). Done when the datasource settings are bound, so every property source counts.
 * WRITE_DELAY=0: H2 otherwise keeps acknowledged commits in memory for 500 ms, and a killed process loses them.
 */
class EmbeddedEventStoreLocation implements BeanPostProcessor {

    private final Environment environment;

    EmbeddedEventStoreLocation(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof DataSourceProperties properties && properties.getUrl() == null) {
            Path dataDir = Path.of(environment.getProperty("ledger.data-dir", "./data")).toAbsolutePath().normalize();
            try {
                Files.createDirectories(dataDir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the data folder " + dataDir, e);
            }
            properties.setUrl("jdbc:h2:file:" + dataDir.resolve("events") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
            properties.setUsername("sa");
            properties.setPassword("");
        }
        return bean;
    }
}
