package org.innovationledger.bench.baseline;

import org.innovationledger.bench.measure.Latencies;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The store's own limit for an aggregate's load: one aggregate's rows by identifier in sequence order, every column
 * read (the query Axon's engine runs, without deserializing), over plain JDBC. The first reads warm up.
 */
public final class RawAggregateReadBaseline {

    private static final int WARM_UP = 10;

    private final EventTableJdbc jdbc;

    public RawAggregateReadBaseline(EventTableJdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Latencies measure(String aggregateId, int reads) throws SQLException {
        long[] nanos = new long[reads];
        try (Connection connection = jdbc.open();
             PreparedStatement select = connection.prepareStatement("SELECT globalIndex, type, aggregateIdentifier,"
                     + " sequenceNumber, eventIdentifier, timeStamp, payloadType, payloadRevision, payload, metaData"
                     + " FROM domainevententry WHERE aggregateIdentifier = ? AND sequenceNumber >= ?"
                     + " ORDER BY sequenceNumber ASC")) {
            select.setFetchSize(1000);
            for (int i = -WARM_UP; i < reads; i++) {
                long started = System.nanoTime();
                select.setString(1, aggregateId);
                select.setLong(2, 0);
                long bytes = 0;
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        bytes += rows.getBytes(9).length + rows.getBytes(10).length + rows.getString(7).length();
                    }
                }
                if (bytes == 0) {
                    throw new IllegalStateException("no events of " + aggregateId);
                }
                if (i >= 0) {
                    nanos[i] = System.nanoTime() - started;
                }
            }
        }
        return Latencies.of(nanos);
    }
}
