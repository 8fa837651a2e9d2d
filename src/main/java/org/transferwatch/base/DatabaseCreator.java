package org.transferwatch.base;

import java.net.URI;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the application's PostgreSQL database when it does not exist yet, so that a first start
 * needs nothing but a running server. It connects to the server's {@code postgres} maintenance
 * database with the application's own credentials.
 */
public final class DatabaseCreator {

    private static final Logger log = LoggerFactory.getLogger(DatabaseCreator.class);

    private static final Pattern SAFE_DATABASE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    private DatabaseCreator() {
    }

    public static void createIfMissing(String jdbcUrl, @Nullable String user, @Nullable String password) {
        if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
            return;
        }
        var uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        var databaseName = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (!SAFE_DATABASE_NAME.matcher(databaseName).matches()) {
            return;
        }
        var maintenanceUrl = "jdbc:postgresql://" + uri.getRawAuthority() + "/postgres"
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        var properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        try (var connection = DriverManager.getConnection(maintenanceUrl, properties);
             var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, databaseName);
            try (var result = exists.executeQuery()) {
                if (result.next()) {
                    return;
                }
            }
            try (var create = connection.createStatement()) {
                create.execute("create database \"" + databaseName + "\"");
                log.info("Created database {}", databaseName);
            }
        }
        catch (SQLException e) {
            // Not fatal: without rights on the maintenance database the connection pool reports the
            // real problem (missing database, wrong password) in its own words.
            log.warn("Could not check or create database {}: {}", databaseName, e.getMessage());
        }
    }

}
