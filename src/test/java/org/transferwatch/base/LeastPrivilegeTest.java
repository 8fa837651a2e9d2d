package org.transferwatch.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;
import java.sql.SQLException;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.transferwatch.support.TransferWatchTest;

/**
 * The application's connection is a role that owns nothing: what it cannot do to the audit trail and the
 * schema even if its code tried, while the owner of the schema (the migrations' role) is still refused by
 * the audit trail's triggers.
 */
@TransferWatchTest
class LeastPrivilegeTest {

    @Autowired
    DSLContext dsl;

    @Value("${spring.datasource.url}")
    String url;

    @Value("${spring.flyway.user}")
    String owner;

    @Test
    void the_application_connects_as_a_role_that_is_no_superuser_and_owns_no_table() {
        assertThat(dsl.fetchValue("select rolsuper from pg_roles where rolname = current_user")).isEqualTo(false);
        assertThat(dsl.fetchValue("select current_user")).isNotEqualTo(owner);
        assertThat(((Number) dsl.fetchValue("""
                select count(*) from pg_class
                where relnamespace = 'public'::regnamespace and relowner = (select oid from pg_roles where rolname = current_user)
                """)).intValue()).isZero();
    }

    @Test
    void the_application_cannot_switch_off_or_drop_the_audit_trails_triggers() {
        assertRefused("alter table audit_event disable trigger audit_event_refuses_update_and_delete", "must be owner");
        assertRefused("alter table audit_event disable trigger all", "must be owner");
        assertRefused("drop trigger audit_event_refuses_update_and_delete on audit_event", "must be owner");
        assertRefused("set session_replication_role = replica", "permission denied to set parameter");
    }

    @Test
    void the_application_cannot_change_or_remove_audit_events() {
        assertRefused("update audit_event set actor_name = 'someone else'", "permission denied for table audit_event");
        assertRefused("delete from audit_event", "permission denied for table audit_event");
        assertRefused("truncate audit_event", "permission denied for table audit_event");
    }

    @Test
    void the_application_cannot_drop_alter_or_truncate_its_tables() {
        assertRefused("drop table transfer cascade", "must be owner");
        assertRefused("alter table transfer add column nickname text", "must be owner");
        assertRefused("truncate transfer cascade", "permission denied for table transfer");
        assertRefused("create table shadow (id int)", "permission denied for schema public");
    }

    @Test
    void the_owner_of_the_audit_trail_is_still_refused_by_its_triggers() throws SQLException {
        try (var connection = DriverManager.getConnection(url, owner, "");
             var statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.execute("delete from audit_event")).hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.execute("truncate audit_event")).hasMessageContaining("append-only");
        }
    }

    @Test
    void a_table_a_later_migration_creates_is_granted_to_the_application() throws SQLException {
        try (var connection = DriverManager.getConnection(url, owner, "");
             var statement = connection.createStatement()) {
            statement.execute("create table later_migration_table (id bigint generated always as identity, note text)");
            try {
                assertThatCode(() -> {
                    dsl.execute("insert into later_migration_table (note) values ('written by the application')");
                    dsl.execute("update later_migration_table set note = 'changed'");
                    dsl.execute("delete from later_migration_table");
                }).doesNotThrowAnyException();
            }
            finally {
                statement.execute("drop table later_migration_table");
            }
        }
    }

    private void assertRefused(String sql, String reason) {
        assertThatThrownBy(() -> dsl.execute(sql)).as(sql)
            .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining(reason);
    }

}
