package org.transferwatch.monitoring;

import static org.transferwatch.db.Tables.CHANGE_EVENT;
import static org.transferwatch.db.Tables.LIST_VISIT;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

@Repository
class ListVisitRepository {

    private final DSLContext dsl;

    ListVisitRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Stamps the user's visit of the list now, by the database's clock (the one change events are stamped by); the
     * previous visit's time, if there was one.
     */
    Optional<OffsetDateTime> visit(long userId, String list) {
        var now = DSL.field("clock_timestamp()", SQLDataType.TIMESTAMPWITHTIMEZONE);
        var previous = dsl.select(LIST_VISIT.VISITED_AT).from(LIST_VISIT)
            .where(LIST_VISIT.USER_ID.eq(userId), LIST_VISIT.LIST.eq(list))
            .forUpdate()
            .fetchOptional(LIST_VISIT.VISITED_AT);
        dsl.insertInto(LIST_VISIT)
            .set(LIST_VISIT.USER_ID, userId)
            .set(LIST_VISIT.LIST, list)
            .set(LIST_VISIT.VISITED_AT, now)
            .onConflict(LIST_VISIT.USER_ID, LIST_VISIT.LIST)
            .doUpdate().set(LIST_VISIT.VISITED_AT, now)
            .execute();
        return previous;
    }

    /**
     * For each of the transfers changed after {@code since} by someone other than the user: whether it is new to
     * them (created or published since) rather than changed. Reads the change events of these transfers only
     * (by their index on transfer), however long the list is; a viewer's only of the changes a viewer may be told.
     */
    Map<Long, Boolean> changedSince(OffsetDateTime since, Collection<Long> transferIds, long userId,
            boolean publicOnly) {
        var isNew = DSL.boolOr(CHANGE_EVENT.KIND.in(ChangeKind.CREATED.code(), ChangeKind.PUBLISHED.code()));
        return dsl.select(CHANGE_EVENT.TRANSFER_ID, isNew).from(CHANGE_EVENT)
            .where(CHANGE_EVENT.TRANSFER_ID.eq(DSL.any(transferIds.toArray(Long[]::new))),
                    CHANGE_EVENT.OCCURRED_AT.gt(since),
                    CHANGE_EVENT.ACTOR_ID.isDistinctFrom(userId),
                    publicOnly ? CHANGE_EVENT.PUBLIC.isTrue() : DSL.noCondition())
            .groupBy(CHANGE_EVENT.TRANSFER_ID)
            .fetchMap(CHANGE_EVENT.TRANSFER_ID, isNew);
    }

}
