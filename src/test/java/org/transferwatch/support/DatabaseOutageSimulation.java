package org.transferwatch.support;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.transferwatch.base.DatabaseProbe;

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

    /** The database the application's connections use. */
    public static String databaseOf(DSLContext dsl) {
        return dsl.fetchValue(DSL.field("current_database()", String.class));
    }

    /**
     * After an outage test, which cannot run in a rolled-back transaction (the outage kills it): has the pool
     * replace the dead connections it may still hold, then removes the transfers the test made (their items
     * start with {@code itemMarker}), since the other tests of this shared database count exact rows.
     */
    public static void cleanUp(DSLContext dsl, DatabaseProbe probe, String itemMarker) {
        probe.forgetPooledConnections();
        var made = dsl.select(DSL.field("id")).from("transfer").where("item like ?", itemMarker + "%");
        dsl.deleteFrom(DSL.table("sanctions_link")).where(DSL.field("transfer_id").in(made)).execute();
        dsl.deleteFrom(DSL.table("claim_link")).where(DSL.field("transfer_id").in(made)).execute();
        dsl.deleteFrom(DSL.table("transfer")).where("item like ?", itemMarker + "%").execute();
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
