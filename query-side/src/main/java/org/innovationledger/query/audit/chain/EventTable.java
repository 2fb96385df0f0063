package org.innovationledger.query.audit.chain;

import javax.sql.DataSource;
import java.sql.Blob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Reads Axon's JDBC event table ({@code DomainEventEntry}, created by the command side with Axon's default schema)
 * row by row as stored, on H2 and PostgreSQL alike. Payload and metadata are read as bytes whatever the column
 * type: H2's BLOB, PostgreSQL's BYTEA (what Axon's {@code PostgresEventTableFactory} creates) or a large object
 * referenced by an {@code oid} column (what a JPA-created table has); the hash is over the bytes, so a table
 * moved from one to another keeps its chain. Reads run in a read-only transaction (large objects need one).
 */
public final class EventTable {

    /** Axon's default table and column names; unquoted, so H2 (upper case) and PostgreSQL (lower case) agree. */
    static final String TABLE = "DomainEventEntry";
    private static final String COLUMNS = "globalIndex, eventIdentifier, aggregateIdentifier, sequenceNumber, type,"
            + " payloadType, payloadRevision, timeStamp, payload, metaData";

    private final DataSource dataSource;

    public EventTable(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The rows at positions from {@code from} to {@code to} (both included), in order, at most {@code limit}. */
    public List<StoredEvent> between(long from, long to, int limit) {
        return rows("SELECT " + COLUMNS + " FROM " + TABLE
                + " WHERE globalIndex >= ? AND globalIndex <= ? ORDER BY globalIndex LIMIT ?", from, to, limit);
    }

    /** One aggregate's rows at positions from {@code from} to {@code to}, in order, at most {@code limit}. */
    public List<StoredEvent> ofAggregate(String aggregateIdentifier, long from, long to, int limit) {
        return rows("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE aggregateIdentifier = ?"
                + " AND globalIndex >= ? AND globalIndex <= ? ORDER BY globalIndex LIMIT ?",
                aggregateIdentifier, from, to, limit);
    }

    /** The highest position stored; empty for an empty table. */
    public OptionalLong head() {
        return single("SELECT MAX(globalIndex) FROM " + TABLE);
    }

    /** The lowest position stored; empty for an empty table. */
    public OptionalLong lowest() {
        return single("SELECT MIN(globalIndex) FROM " + TABLE);
    }

    private OptionalLong single(String sql) {
        return read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql);
                 ResultSet result = statement.executeQuery()) {
                result.next();
                long value = result.getLong(1);
                return result.wasNull() ? OptionalLong.empty() : OptionalLong.of(value);
            }
        });
    }

    private List<StoredEvent> rows(String sql, Object... parameters) {
        return read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                try (ResultSet result = statement.executeQuery()) {
                    List<StoredEvent> rows = new ArrayList<>();
                    while (result.next()) {
                        rows.add(new StoredEvent(result.getLong(1), result.getString(2), result.getString(3),
                                result.getLong(4), result.getString(5), result.getString(6), result.getString(7),
                                result.getString(8), bytes(result, 9), bytes(result, 10)));
                    }
                    return rows;
                }
            }
        });
    }

    private static byte[] bytes(ResultSet result, int column) throws SQLException {
        ResultSetMetaData columns = result.getMetaData();
        if (columns.getColumnType(column) == Types.BLOB || "oid".equalsIgnoreCase(columns.getColumnTypeName(column))) {
            Blob blob = result.getBlob(column);
            if (blob == null) {
                return null;
            }
            try {
                return blob.length() == 0 ? new byte[0] : blob.getBytes(1, Math.toIntExact(blob.length()));
            } finally {
                blob.free();
            }
        }
        return result.getBytes(column);
    }

    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T read(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try {
                return work.run(connection);
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new EventTableException("cannot read the event table " + TABLE + ": " + e.getMessage(), e);
        }
    }

    /** The event table cannot be read (not created yet, or the database is unreachable). */
    public static final class EventTableException extends RuntimeException {
        EventTableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
