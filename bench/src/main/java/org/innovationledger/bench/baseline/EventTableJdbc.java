package org.innovationledger.bench.baseline;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Plain JDBC to the embedded event store: the same H2 file and URL the command side opens
 * (EmbeddedEventStoreLocation).
 */
public final class EventTableJdbc {

    private final String url;

    public EventTableJdbc(Path dataDir) {
        this.url = "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("events")
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    }

    Connection open() throws SQLException {
        return DriverManager.getConnection(url, "sa", "");
    }
}
