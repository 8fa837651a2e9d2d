package org.transferwatch.security;

import static org.transferwatch.db.Tables.APP_USER;

import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

@Repository
class AppUserRepository {

    private final DSLContext dsl;

    AppUserRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    record Credentials(AppUser user, String passwordHash) {
    }

    Optional<Credentials> findCredentials(String username) {
        return dsl.select(APP_USER.fields())
            .from(APP_USER)
            .where(APP_USER.USERNAME.eq(username))
            .fetchOptional(r -> new Credentials(toUser(r), r.get(APP_USER.PASSWORD_HASH)));
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

    boolean exists(String username) {
        return dsl.fetchExists(APP_USER, APP_USER.USERNAME.eq(username));
    }

    long insert(String username, String displayName, String passwordHash, Role role) {
        return dsl.insertInto(APP_USER)
            .set(APP_USER.USERNAME, username)
            .set(APP_USER.DISPLAY_NAME, displayName)
            .set(APP_USER.PASSWORD_HASH, passwordHash)
            .set(APP_USER.ROLE, role.dbValue())
            .returning(APP_USER.ID)
            .fetchSingle(APP_USER.ID);
    }

    private AppUser toUser(Record r) {
        return new AppUser(r.get(APP_USER.ID), r.get(APP_USER.USERNAME), r.get(APP_USER.DISPLAY_NAME),
                Role.fromDb(r.get(APP_USER.ROLE)), r.get(APP_USER.ENABLED));
    }

}
