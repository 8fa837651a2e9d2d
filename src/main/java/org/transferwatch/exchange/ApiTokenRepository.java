package org.transferwatch.exchange;

import static org.transferwatch.db.Tables.API_TOKEN;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.transferwatch.base.RowSnapshots;

@Repository
class ApiTokenRepository {

    private final DSLContext dsl;

    ApiTokenRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    long insert(long userId, String name, String hash, String prefix) {
        return dsl.insertInto(API_TOKEN)
            .set(API_TOKEN.USER_ID, userId)
            .set(API_TOKEN.NAME, name)
            .set(API_TOKEN.TOKEN_HASH, hash)
            .set(API_TOKEN.TOKEN_PREFIX, prefix)
            .returning(API_TOKEN.ID)
            .fetchSingle(API_TOKEN.ID);
    }

    List<ApiToken> findByUser(long userId) {
        return dsl.selectFrom(API_TOKEN)
            .where(API_TOKEN.USER_ID.eq(userId))
            .orderBy(API_TOKEN.REVOKED_AT.isNull().desc(), API_TOKEN.CREATED_AT.desc(), API_TOKEN.ID.desc())
            .fetch(r -> new ApiToken(r.getId(), r.getName(), r.getTokenPrefix(), r.getCreatedAt(), r.getLastUsedAt(),
                    r.getRevokedAt()));
    }

    boolean revoke(long id, long userId) {
        return dsl.update(API_TOKEN)
            .set(API_TOKEN.REVOKED_AT, DSL.currentOffsetDateTime())
            .where(API_TOKEN.ID.eq(id), API_TOKEN.USER_ID.eq(userId), API_TOKEN.REVOKED_AT.isNull())
            .execute() == 1;
    }

    /** The stored token as the audit keeps it: without its hash, which would let anyone test guesses offline. */
    JSONB snapshot(long id) {
        return RowSnapshots.of(dsl, API_TOKEN, API_TOKEN.ID, id, "token_hash");
    }

    /** The owner of the active token with this hash. */
    Optional<Long> findActiveOwner(String hash) {
        return dsl.select(API_TOKEN.USER_ID)
            .from(API_TOKEN)
            .where(API_TOKEN.TOKEN_HASH.eq(hash), API_TOKEN.REVOKED_AT.isNull())
            .fetchOptional(API_TOKEN.USER_ID);
    }

    /** Notes a use, at most once per {@code resolution}, so that a busy client does not write on every call. */
    void touch(String hash, Duration resolution) {
        dsl.update(API_TOKEN)
            .set(API_TOKEN.LAST_USED_AT, DSL.currentOffsetDateTime())
            .where(API_TOKEN.TOKEN_HASH.eq(hash))
            .and(API_TOKEN.LAST_USED_AT.isNull().or(API_TOKEN.LAST_USED_AT.lt(OffsetDateTime.now().minus(resolution))))
            .execute();
    }

}
