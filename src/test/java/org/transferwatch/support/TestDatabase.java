package org.transferwatch.support;

import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives each Spring test context a database of its own on the local PostgreSQL, dropped when the JVM
 * ends. Tests never touch a user's data. The application creates it on start, as on a first start in
 * production, with roles of its own (roles are shared by the whole server, so each test database has its
 * pair): the owner that runs the migrations and the application role the tests then run as, so a grant
 * the application lacks fails the tests. Also sets a random demo-user password for the run, readable
 * through {@link #demoPassword()}.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String HOST = System.getProperty("test.db.host", "127.0.0.1");

    static final String PORT = System.getProperty("test.db.port", "5432");

    static final String USER = System.getProperty("test.db.user", "postgres");

    static final String PASSWORD = System.getProperty("test.db.password", "");

    private static final String DEMO_PASSWORD = randomHex(12);

    public static String demoPassword() {
        return DEMO_PASSWORD;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-database",
                settings(reserve())));
    }

    /** The settings of an application whose database (and its two roles) it creates on start. */
    public static Map<String, Object> settings(String name) {
        return Map.of(
                "spring.datasource.url", url(name),
                "spring.datasource.username", applicationRole(name),
                "spring.datasource.password", "",
                "spring.flyway.user", ownerRole(name),
                "spring.flyway.password", "",
                "transferwatch.database.setup-user", USER,
                "transferwatch.database.setup-password", PASSWORD,
                "transferwatch.demo.password", DEMO_PASSWORD);
    }

    /** A name for a database the application creates, dropped with its roles when the JVM exits. */
    public static String reserve() {
        var name = "transferwatch_test_" + randomHex(6);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            execute("drop database if exists " + name + " with (force)");
            execute("drop role if exists " + applicationRole(name));
            execute("drop role if exists " + ownerRole(name));
        }));
        return name;
    }

    /** The role the application connects as: it owns nothing. */
    public static String applicationRole(String database) {
        return database + "_app";
    }

    /** The role that owns the schema and runs the migrations. */
    public static String ownerRole(String database) {
        return database + "_owner";
    }

    /** Creates an empty database that is dropped when the JVM exits; returns its name. */
    public static String create() {
        var name = "transferwatch_test_" + randomHex(6);
        execute("create database " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("drop database if exists " + name + " with (force)")));
        return name;
    }

    public static String url(String name) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + name;
    }

    static void execute(String sql) {
        try (var connection = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
             var statement = connection.createStatement()) {
            statement.execute(sql);
        }
        catch (SQLException e) {
            throw new IllegalStateException("Test database: " + sql + " failed: " + e.getMessage(), e);
        }
    }

    private static String randomHex(int bytes) {
        var random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

}
