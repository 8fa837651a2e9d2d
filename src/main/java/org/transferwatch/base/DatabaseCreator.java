package org.transferwatch.base;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the application's PostgreSQL database and its two roles when they do not exist yet, so that a
 * first start needs nothing but a running server: the <em>owner</em> role, which owns the schema and runs
 * the migrations (Flyway's own user), and the <em>application</em> role, which the application connects
 * as and which owns nothing (it may read and write the tables, only add to {@code audit_event}, and
 * never alter, truncate or drop anything; the grants are kept by the migrations' {@code afterMigrate}
 * callback). It connects with a setup account that may create roles and databases (the local
 * {@code postgres} superuser by default); without one, or when that account is refused, it does nothing
 * and a database administrator creates both roles by hand (docs/operations.md).
 */
public final class DatabaseCreator {

    /** Who connects for what; {@code setupUser} empty or null means "never create anything". */
    public record Accounts(String jdbcUrl, String applicationUser, @Nullable String applicationPassword,
            String ownerUser, @Nullable String ownerPassword, @Nullable String setupUser, @Nullable String setupPassword) {
    }

    private static final Logger log = LoggerFactory.getLogger(DatabaseCreator.class);

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    private static final String DUPLICATE_OBJECT = "42710";

    private static final String DUPLICATE_DATABASE = "42P04";

    private static final String UNIQUE_VIOLATION = "23505";

    /**
     * Gives every table, view, sequence, function and type in {@code public} that someone else owns (a
     * database migrated before the role split, as the superuser) to the owner role, so its migrations may
     * alter them. Objects of extensions stay with the extension.
     */
    private static final String ADOPT_OBJECTS = """
            do $$
            declare
                owner_role text := %s;
                object record;
            begin
                for object in
                    select c.oid, c.relname, c.relkind from pg_class c
                    where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p', 'v', 'm', 'f', 'S')
                      and pg_get_userbyid(c.relowner) <> owner_role
                      and not exists (select from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid
                                      and d.deptype in ('e', 'a', 'i'))
                loop
                    execute format('alter %%s %%I owner to %%I',
                        case object.relkind when 'S' then 'sequence' when 'v' then 'view'
                            when 'm' then 'materialized view' when 'f' then 'foreign table' else 'table' end,
                        object.relname, owner_role);
                end loop;
                for object in
                    select p.oid from pg_proc p
                    where p.pronamespace = 'public'::regnamespace and pg_get_userbyid(p.proowner) <> owner_role
                      and not exists (select from pg_depend d where d.classid = 'pg_proc'::regclass and d.objid = p.oid
                                      and d.deptype = 'e')
                loop
                    execute format('alter routine %%s owner to %%I', object.oid::regprocedure, owner_role);
                end loop;
                for object in
                    select t.oid from pg_type t
                    where t.typnamespace = 'public'::regnamespace and t.typtype in ('e', 'd', 'c') and t.typrelid = 0
                      and pg_get_userbyid(t.typowner) <> owner_role
                      and not exists (select from pg_depend d where d.classid = 'pg_type'::regclass and d.objid = t.oid
                                      and d.deptype = 'e')
                loop
                    execute format('alter type %%s owner to %%I', object.oid::regtype, owner_role);
                end loop;
            end
            $$""";

    private DatabaseCreator() {
    }

    /** The database alone, as its own user (a superuser): for tools that need no role split. */
    public static void createIfMissing(String jdbcUrl, @Nullable String user, @Nullable String password) {
        var name = databaseName(jdbcUrl);
        if (name == null) {
            return;
        }
        try (var connection = connect(maintenanceUrl(jdbcUrl), user, password)) {
            createDatabase(connection, name, null);
        }
        catch (SQLException e) {
            log.warn("Could not check or create database {}: {}", name, e.getMessage());
        }
    }

    /**
     * Creates whatever is missing of the two roles and the database, and grants the application role what it
     * needs beyond the tables (connecting, temporary tables, the schema, tables to come). Not fatal when it
     * cannot: the connection pool and Flyway then report the real problem (missing role, wrong password) in
     * their own words.
     */
    public static void prepare(Accounts accounts) {
        var name = databaseName(accounts.jdbcUrl());
        var setupUser = accounts.setupUser();
        if (name == null || setupUser == null || setupUser.isBlank()) {
            return;
        }
        if (!SAFE_NAME.matcher(accounts.applicationUser()).matches() || !SAFE_NAME.matcher(accounts.ownerUser()).matches()) {
            log.warn("Not creating roles {} and {}: role names here are letters, digits and underscores",
                    accounts.applicationUser(), accounts.ownerUser());
            return;
        }
        var split = !accounts.applicationUser().equals(accounts.ownerUser());
        try (var connection = connect(maintenanceUrl(accounts.jdbcUrl()), setupUser, accounts.setupPassword())) {
            if (!accounts.ownerUser().equals(setupUser)) {
                createRole(connection, accounts.ownerUser(), accounts.ownerPassword());
            }
            if (split && !accounts.applicationUser().equals(setupUser)) {
                createRole(connection, accounts.applicationUser(), accounts.applicationPassword());
            }
            createDatabase(connection, name, accounts.ownerUser());
        }
        catch (SQLException e) {
            log.warn("Could not check or create database {} and its roles: {}", name, e.getMessage());
            return;
        }
        if (!split || accounts.ownerUser().equals(setupUser)) {
            return;
        }
        try (var connection = connect(accounts.jdbcUrl(), setupUser, accounts.setupPassword());
             var statement = connection.createStatement()) {
            var owner = quoteIdentifier(accounts.ownerUser());
            var application = quoteIdentifier(accounts.applicationUser());
            statement.execute("alter database " + quoteIdentifier(name) + " owner to " + owner);
            statement.execute(ADOPT_OBJECTS.formatted(quoteLiteral(accounts.ownerUser())));
            statement.execute("revoke create on schema public from public");
            statement.execute("grant connect, temporary on database " + quoteIdentifier(name) + " to " + application);
            statement.execute("grant usage on schema public to " + application);
            statement.execute("alter default privileges for role " + owner
                    + " in schema public grant select, insert, update, delete on tables to " + application);
            statement.execute("alter default privileges for role " + owner
                    + " in schema public grant usage, select on sequences to " + application);
        }
        catch (SQLException e) {
            log.warn("Could not grant role {} its rights on database {}: {}", accounts.applicationUser(), name,
                    e.getMessage());
        }
    }

    private static void createRole(Connection connection, String role, @Nullable String password) throws SQLException {
        try (var exists = connection.prepareStatement("select 1 from pg_roles where rolname = ?")) {
            exists.setString(1, role);
            try (var result = exists.executeQuery()) {
                if (result.next()) {
                    return;
                }
            }
        }
        var sql = "create role " + quoteIdentifier(role) + " login"
                + (password == null || password.isEmpty() ? "" : " password " + quoteLiteral(password));
        try (var create = connection.createStatement()) {
            create.execute(sql);
            log.info("Created role {}", role);
        }
        catch (SQLException e) {
            // Another node (or test) created it at the same moment.
            if (!DUPLICATE_OBJECT.equals(e.getSQLState()) && !UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    private static void createDatabase(Connection connection, String name, @Nullable String owner) throws SQLException {
        try (var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            try (var result = exists.executeQuery()) {
                if (result.next()) {
                    return;
                }
            }
        }
        try (var create = connection.createStatement()) {
            create.execute("create database " + quoteIdentifier(name) + (owner == null ? "" : " owner " + quoteIdentifier(owner)));
            log.info("Created database {}", name);
        }
        catch (SQLException e) {
            if (!DUPLICATE_DATABASE.equals(e.getSQLState()) && !UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    private static @Nullable String databaseName(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
            return null;
        }
        var path = URI.create(jdbcUrl.substring("jdbc:".length())).getPath();
        var name = path == null ? "" : path.replaceFirst("^/", "");
        return SAFE_NAME.matcher(name).matches() ? name : null;
    }

    private static String maintenanceUrl(String jdbcUrl) {
        var uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        return "jdbc:postgresql://" + uri.getRawAuthority() + "/postgres"
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static Connection connect(String url, @Nullable String user, @Nullable String password) throws SQLException {
        var properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(url, properties);
    }

    /** Names are checked against {@link #SAFE_NAME} first; the quotes keep their case. */
    private static String quoteIdentifier(String name) {
        return "\"" + Objects.requireNonNull(name).replace("\"", "\"\"") + "\"";
    }

    private static String quoteLiteral(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

}
