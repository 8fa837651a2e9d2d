package org.transferwatch.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.transferwatch.support.TestDatabase;

/**
 * A database migrated before the role split, by the superuser (every install until now), is taken over
 * by the owner role on the next start and its application role gets exactly the application's rights.
 */
class DatabaseCreatorTest {

    @Test
    void a_database_migrated_by_the_superuser_is_handed_to_the_owner_role_and_the_application_role_owns_nothing()
            throws SQLException {
        var name = TestDatabase.reserve();
        var url = TestDatabase.url(name);
        DatabaseCreator.createIfMissing(url, "postgres", "");
        Flyway.configure().dataSource(url, "postgres", "").locations("classpath:db/migration").load().migrate();

        DatabaseCreator.prepare(new DatabaseCreator.Accounts(url, TestDatabase.applicationRole(name), "",
                TestDatabase.ownerRole(name), "", "postgres", ""));
        Flyway.configure().dataSource(url, TestDatabase.ownerRole(name), "")
            .locations("classpath:db/migration", "classpath:db/callback")
            .placeholders(Map.of("appRole", TestDatabase.applicationRole(name)))
            .load().migrate();

        try (var application = DriverManager.getConnection(url, TestDatabase.applicationRole(name), "");
             var statement = application.createStatement()) {
            try (var owned = statement.executeQuery("""
                    select count(*) filter (where pg_get_userbyid(relowner) = current_user),
                           count(*) filter (where pg_get_userbyid(relowner) not in (%s))
                    from pg_class where relnamespace = 'public'::regnamespace and relkind in ('r', 'v', 'S')
                    """.formatted("'" + TestDatabase.ownerRole(name) + "'"))) {
                owned.next();
                assertThat(owned.getInt(1)).as("objects the application role owns").isZero();
                assertThat(owned.getInt(2)).as("objects someone but the owner role owns").isZero();
            }
            statement.execute("insert into login_attempt (attempted_at, username, address, outcome) values (now(), 'someone', '127.0.0.1', 'failure')");
            assertThatThrownBy(() -> statement.execute("delete from audit_event")).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.execute("alter table audit_event disable trigger all"))
                .hasMessageContaining("must be owner");
        }
    }

}
