package org.transferwatch.security;

import static org.transferwatch.db.Tables.APP_USER;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.transferwatch.base.RowSnapshots;

@Repository
class AppUserRepository {

    private final DSLContext dsl;

    AppUserRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    record Credentials(AppUser user, String passwordHash, boolean passwordChangeRequired) {
    }

    Optional<Credentials> findCredentials(String username) {
        return dsl.select(APP_USER.fields())
            .from(APP_USER)
            .where(APP_USER.USERNAME.eq(username))
            .fetchOptional(r -> new Credentials(toUser(r), r.get(APP_USER.PASSWORD_HASH),
                    r.get(APP_USER.PASSWORD_CHANGE_REQUIRED)));
    }

    Optional<AppUser> findByUsername(String username) {
        return dsl.selectFrom(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchOptional(this::toUser);
    }

    Optional<AppUser> findById(long id) {
        return dsl.selectFrom(APP_USER).where(APP_USER.ID.eq(id)).fetchOptional(this::toUser);
    }

    List<AppUser> findAll() {
        return dsl.selectFrom(APP_USER).orderBy(APP_USER.USERNAME).fetch(this::toUser);
    }

    List<UserAccount> findAccounts() {
        return dsl.selectFrom(APP_USER).orderBy(APP_USER.USERNAME).fetch(this::toAccount);
    }

    Optional<UserAccount> findAccount(long id) {
        return dsl.selectFrom(APP_USER).where(APP_USER.ID.eq(id)).fetchOptional(this::toAccount);
    }

    Optional<OffsetDateTime> findUpdatedAt(long id) {
        return dsl.select(APP_USER.UPDATED_AT).from(APP_USER).where(APP_USER.ID.eq(id)).fetchOptional(APP_USER.UPDATED_AT);
    }

    boolean exists(String username) {
        return dsl.fetchExists(APP_USER, APP_USER.USERNAME.eq(username));
    }

    /** A new account; {@code passwordChangeRequired} when someone other than its user chose the password. */
    long insert(String username, String displayName, String passwordHash, Role role, boolean passwordChangeRequired) {
        return dsl.insertInto(APP_USER)
            .set(APP_USER.USERNAME, username)
            .set(APP_USER.DISPLAY_NAME, displayName)
            .set(APP_USER.PASSWORD_HASH, passwordHash)
            .set(APP_USER.ROLE, role.dbValue())
            .set(APP_USER.PASSWORD_CHANGE_REQUIRED, passwordChangeRequired)
            .returning(APP_USER.ID)
            .fetchSingle(APP_USER.ID);
    }

    /** The following updates change nothing and return false when the row is no longer at {@code expectedVersion}. */
    boolean updateRole(long id, int expectedVersion, Role role) {
        return update(id, expectedVersion, APP_USER.ROLE, role.dbValue());
    }

    boolean updateEnabled(long id, int expectedVersion, boolean enabled) {
        return update(id, expectedVersion, APP_USER.ENABLED, enabled);
    }

    /** A new password; {@code changeRequired} when the user must choose their own at their next login. */
    boolean updatePassword(long id, int expectedVersion, String passwordHash, boolean changeRequired) {
        return dsl.update(APP_USER)
            .set(APP_USER.PASSWORD_HASH, passwordHash)
            .set(APP_USER.PASSWORD_CHANGE_REQUIRED, changeRequired)
            .set(APP_USER.UPDATED_AT, DSL.currentOffsetDateTime())
            .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
            .where(APP_USER.ID.eq(id).and(APP_USER.VERSION.eq(expectedVersion)))
            .execute() == 1;
    }

    boolean passwordChangeRequired(long id) {
        return dsl.select(APP_USER.PASSWORD_CHANGE_REQUIRED).from(APP_USER).where(APP_USER.ID.eq(id))
            .fetchOptional(APP_USER.PASSWORD_CHANGE_REQUIRED).orElse(false);
    }

    private <T> boolean update(long id, int expectedVersion, TableField<?, T> column, T value) {
        return dsl.update(APP_USER)
            .set(column, value)
            .set(APP_USER.UPDATED_AT, DSL.currentOffsetDateTime())
            .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
            .where(APP_USER.ID.eq(id).and(APP_USER.VERSION.eq(expectedVersion)))
            .execute() == 1;
    }

    /**
     * Counts the enabled administrators and locks their rows until the transaction ends, so that two
     * administrators demoting or disabling each other at the same moment cannot leave none.
     */
    int lockEnabledAdmins() {
        return dsl.select(APP_USER.ID)
            .from(APP_USER)
            .where(APP_USER.ROLE.eq(Role.ADMIN.dbValue()).and(APP_USER.ENABLED.isTrue()))
            .forUpdate()
            .fetch()
            .size();
    }

    /** The row as JSON for the audit trail, without the password hash. */
    JSONB snapshot(long id) {
        return RowSnapshots.of(dsl, APP_USER, APP_USER.ID, id, "password_hash");
    }

    private AppUser toUser(Record r) {
        return new AppUser(r.get(APP_USER.ID), r.get(APP_USER.USERNAME), r.get(APP_USER.DISPLAY_NAME),
                Role.fromDb(r.get(APP_USER.ROLE)), r.get(APP_USER.ENABLED));
    }

    private UserAccount toAccount(Record r) {
        return new UserAccount(toUser(r), r.get(APP_USER.VERSION));
    }

}
