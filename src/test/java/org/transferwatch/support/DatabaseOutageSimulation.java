package org.transferwatch.support;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Cuts a test database off, as a crashed or restarting server would, without touching the shared
 * PostgreSQL server or anyone else's database: new connections to that one database are refused
 * ({@code ALLOW_CONNECTIONS false}, which binds superusers too) and its open connections are
 * terminated. {@link #close()} lets connections in again, so a test that fails in the middle never
 * leaves the database locked: use it in try-with-resources.
 */
public final class DatabaseOutageSimulation implements AutoCloseable {

    private final String database;

    private boolean open = true;

    private DatabaseOutageSimulation(String database) {
        this.database = database;
    }

    /** Refuses new connections to {@code database} and terminates the ones it has. Only test databases. */
    public static DatabaseOutageSimulation cut(String database) {
        var outage = new DatabaseOutageSimulation(checkedTestDatabase(database));
        outage.execute("alter database " + database + " allow_connections false");
        outage.terminateConnections();
        return outage;
    }

    /** Terminates every connection to {@code database} (the server keeps accepting new ones). */
    public static int terminateConnections(String database) {
        return new DatabaseOutageSimulation(checkedTestDatabase(database)).terminateConnections();
    }

    /** Lets connections in again; returns the moment the database accepted connections again. */
    public Instant end() {
        if (open) {
            execute("alter database " + database + " allow_connections true");
            open = false;
        }
        return Instant.now();
    }

    @Override
    public void close() {
        end();
    }

    private int terminateConnections() {
        try (var connection = DriverManager.getConnection(TestDatabase.url("postgres"), TestDatabase.USER,
                TestDatabase.PASSWORD);
             var terminate = connection.prepareStatement("""
                     select count(*) filter (where pg_terminate_backend(pid)) from pg_stat_activity
                     where datname = ? and pid <> pg_backend_pid()""")) {
            terminate.setString(1, database);
            try (var result = terminate.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException("Could not terminate the connections to " + database, e);
        }
    }

    private void execute(String sql) {
        try (var connection = DriverManager.getConnection(TestDatabase.url("postgres"), TestDatabase.USER,
                TestDatabase.PASSWORD);
             var statement = connection.createStatement()) {
            statement.execute(sql);
        }
        catch (SQLException e) {
            throw new IllegalStateException(sql + " failed: " + e.getMessage(), e);
        }
    }

    private static String checkedTestDatabase(String database) {
        if (!database.matches("transferwatch_test_[0-9a-f]+")) {
            throw new IllegalArgumentException("Only a test's own database may be cut off, not " + database);
        }
        return database;
    }

}
