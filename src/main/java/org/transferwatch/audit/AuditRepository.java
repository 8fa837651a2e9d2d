package org.transferwatch.audit;

import static org.transferwatch.db.Tables.AUDIT_EVENT;

import org.jooq.DSLContext;
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
            .execute();
    }

    int countFor(String entityType, String entityId) {
        return dsl.fetchCount(AUDIT_EVENT,
                AUDIT_EVENT.ENTITY_TYPE.eq(entityType).and(AUDIT_EVENT.ENTITY_ID.eq(entityId)));
    }

}
