package org.transferwatch.audit;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.jsonbGetAttribute;
import static org.jooq.impl.DSL.jsonbGetAttributeAsText;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.nullif;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;
import static org.transferwatch.db.Tables.AUDIT_EVENT;

import java.util.Comparator;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record3;
import org.jooq.Record5;
import org.jooq.Select;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class AuditRepository {

    private final DSLContext dsl;

    AuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insert(@Nullable Long actorId, String actorName, AuditEntry entry) {
        dsl.insertInto(AUDIT_EVENT)
            .set(AUDIT_EVENT.ACTOR_ID, actorId)
            .set(AUDIT_EVENT.ACTOR_NAME, actorName)
            .set(AUDIT_EVENT.ENTITY_TYPE, entry.entityType())
            .set(AUDIT_EVENT.ENTITY_ID, entry.entityId())
            .set(AUDIT_EVENT.ACTION, entry.action())
            .set(AUDIT_EVENT.TRANSFER_ID, entry.transferId())
            .set(AUDIT_EVENT.BEFORE, entry.before())
            .set(AUDIT_EVENT.AFTER, entry.after())
            .set(AUDIT_EVENT.REASON, entry.reason())
            .execute();
    }

    int insertAll(@Nullable Long actorId, String actorName, String entityType,
            Select<? extends Record5<String, String, Long, JSONB, JSONB>> rows) {
        var row = rows.asTable("audited", "entity_id", "action", "transfer_id", "before", "after");
        return dsl.insertInto(AUDIT_EVENT, AUDIT_EVENT.ACTOR_ID, AUDIT_EVENT.ACTOR_NAME, AUDIT_EVENT.ENTITY_TYPE,
                    AUDIT_EVENT.ENTITY_ID, AUDIT_EVENT.ACTION, AUDIT_EVENT.TRANSFER_ID, AUDIT_EVENT.BEFORE, AUDIT_EVENT.AFTER)
            .select(select(val(actorId, AUDIT_EVENT.ACTOR_ID), val(actorName), val(entityType), row.field(0, String.class),
                    row.field(1, String.class), row.field(2, Long.class), row.field(3, JSONB.class), row.field(4, JSONB.class))
                .from(row))
            .execute();
    }

    /**
     * The events of a transfer, newest first, each with its field-by-field diff computed here in SQL: over
     * the keys of both snapshots, the columns (bookkeeping aside) whose values differ.
     */
    List<HistoryEntry> transferHistory(long transferId) {
        var keys = select(keysOf(AUDIT_EVENT.BEFORE).as("name"))
            .union(select(keysOf(AUDIT_EVENT.AFTER).as("name")))
            .asTable("changed_key");
        var column = keys.field("name", SQLDataType.VARCHAR);
        var changes = multiset(
                select(column, jsonbGetAttributeAsText(AUDIT_EVENT.BEFORE, column),
                        jsonbGetAttributeAsText(AUDIT_EVENT.AFTER, column))
                    .from(keys)
                    .where(column.notIn(HistoryFields.BOOKKEEPING))
                    .and(valueOf(AUDIT_EVENT.BEFORE, column).isDistinctFrom(valueOf(AUDIT_EVENT.AFTER, column))))
            .convertFrom(rows -> rows.stream()
                .sorted(Comparator.comparing((Record3<String, String, String> row) -> row.value1(), HistoryFields.ORDER))
                .map(row -> new FieldChange(HistoryFields.label(row.value1()), row.value2(), row.value3()))
                .toList());
        return dsl.select(AUDIT_EVENT.OCCURRED_AT, AUDIT_EVENT.ACTOR_NAME, AUDIT_EVENT.ACTION, AUDIT_EVENT.ENTITY_TYPE,
                    AUDIT_EVENT.ENTITY_ID, changes, AUDIT_EVENT.REASON)
            .from(AUDIT_EVENT)
            .where(AUDIT_EVENT.TRANSFER_ID.eq(transferId))
            .orderBy(AUDIT_EVENT.OCCURRED_AT.desc(), AUDIT_EVENT.ID.desc())
            .fetch(r -> new HistoryEntry(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7()));
    }

    /** The column names of a row snapshot; none when there is no snapshot (before a creation, after a deletion). */
    private static Field<String> keysOf(Field<JSONB> snapshot) {
        // jsonb_object_keys: PostgreSQL's set-returning function, one row per key (jOOQ's jsonbKeys gives an array)
        return field("jsonb_object_keys(case jsonb_typeof({0}) when 'object' then {0} end)", SQLDataType.VARCHAR,
                snapshot);
    }

    /** A column's value in a snapshot, with JSON null and a missing column both as SQL null. */
    private static Field<JSONB> valueOf(Field<JSONB> snapshot, Field<String> column) {
        return nullif(jsonbGetAttribute(snapshot, column), inline(JSONB.valueOf("null")));
    }

}
