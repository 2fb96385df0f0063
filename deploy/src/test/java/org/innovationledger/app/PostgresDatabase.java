package org.innovationledger.app;

import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh, throw-away database on the PostgreSQL server at 127.0.0.1:5432 (trust authentication, as on the
 * CI machine). Tests that need one skip, saying why, when no server answers.
 */
public final class PostgresDatabase implements AutoCloseable {

    public static final String HOST = System.getenv().getOrDefault("LEDGER_TEST_POSTGRES_HOST", "127.0.0.1");
    public static final String PORT = System.getenv().getOrDefault("LEDGER_TEST_POSTGRES_PORT", "5432");
    public static final String USER = System.getenv().getOrDefault("LEDGER_TEST_POSTGRES_USER", "postgres");

    public final String name = "ledger_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    /** Skips the calling test, saying why on the console too, when no PostgreSQL server answers. */
    public static void assumeAvailable() {
        String unavailable = unavailableReason();
        if (unavailable != null) {
            System.err.println(unavailable);
        }
        Assumptions.assumeTrue(unavailable == null, unavailable);
    }

    /** Why PostgreSQL cannot be used, or null when it can. */
    private static String unavailableReason() {
        try (Connection ignored = connect("postgres")) {
            return null;
        } catch (SQLException e) {
            return "PostgreSQL not reachable at " + HOST + ":" + PORT + " as " + USER + " (" + e.getMessage()
                    + "): skipping the PostgreSQL test";
        }
    }

    public PostgresDatabase() throws SQLException {
        try (Connection admin = connect("postgres"); Statement sql = admin.createStatement()) {
            sql.execute("CREATE DATABASE " + name);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + name;
    }

    public long storedEvents() {
        try (Connection connection = connect(name); Statement sql = connection.createStatement();
             var rows = sql.executeQuery("select count(*) from domainevententry")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws SQLException {
        try (Connection admin = connect("postgres"); Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private static Connection connect(String database) throws SQLException {
        DriverManager.setLoginTimeout(3);
        return DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/" + database, USER, "");
    }
}
