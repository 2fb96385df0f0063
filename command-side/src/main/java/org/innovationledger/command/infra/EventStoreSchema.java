package org.innovationledger.command.infra;

import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventTableFactory;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Creates the event and snapshot tables (if absent) before anything reads or appends events.
 * The command side owns the schema; a separate query side waits for it. Only on the JDBC store.
 */
@Component
class EventStoreSchema implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(EventStoreSchema.class);

    private final ObjectProvider<EventStorageEngine> engine;
    private final ObjectProvider<DataSource> dataSource;

    EventStoreSchema(ObjectProvider<EventStorageEngine> engine, ObjectProvider<DataSource> dataSource) {
        this.engine = engine;
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        if (!(engine.getIfAvailable() instanceof JdbcEventStorageEngine jdbc)) {
            return; // Axon Server keeps its own store
        }
        EventTableFactory factory = factoryFor(dataSource.getObject());
        jdbc.createSchema(factory);
        log.info("Event store tables ready ({})", factory.getClass().getSimpleName());
    }

    private static EventTableFactory factoryFor(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            return switch (product) {
                case "H2" -> H2EventTableFactory.INSTANCE;
                case "PostgreSQL" -> PostgresEventTableFactory.INSTANCE;
                default -> throw new IllegalStateException("No event table factory for database " + product
                        + "; supported: H2 (embedded) and PostgreSQL");
            };
        }
    }
}
