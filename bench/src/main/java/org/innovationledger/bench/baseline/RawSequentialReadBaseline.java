package org.innovationledger.bench.baseline;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The store's own limit for reading the history in order: one SELECT over the whole event table by global index,
 * every column read as a tracking processor's query reads it, fetch size 1,000. No deserialization: that is the
 * product's cost, measured by the rebuild.
 */
public final class RawSequentialReadBaseline {

    private final EventTableJdbc jdbc;

    public RawSequentialReadBaseline(EventTableJdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Rate measure() throws SQLException {
        try (Connection connection = jdbc.open()) {
            connection.setAutoCommit(false);
            long started = System.nanoTime();
            long rows = 0;
            long bytes = 0;
            try (PreparedStatement select = connection.prepareStatement("SELECT globalIndex, type,"
                    + " aggregateIdentifier, sequenceNumber, eventIdentifier, timeStamp, payloadType, payloadRevision,"
                    + " payload, metaData FROM domainevententry ORDER BY globalIndex ASC")) {
                select.setFetchSize(1000);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        result.getLong(1);
                        for (int column = 2; column <= 8; column++) {
                            String text = result.getString(column);
                            bytes += text == null ? 0 : text.length();
                        }
                        bytes += result.getBytes(9).length + result.getBytes(10).length;
                        rows++;
                    }
                }
            }
            Rate rate = Rate.since(rows, started);
            if (bytes == 0) {
                throw new IllegalStateException("read nothing");
            }
            connection.commit();
            return rate;
        }
    }
}
