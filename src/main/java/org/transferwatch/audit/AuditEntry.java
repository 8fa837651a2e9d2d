package org.transferwatch.audit;

import org.jooq.JSONB;
import org.jspecify.annotations.Nullable;

/**
 * One change to record: the entity, the action, the transfer it belongs to (for a transfer's history),
 * the entity's row before and after as JSON snapshots taken from the database, and the reason the person
 * gave, where the change asks for one.
 */
public record AuditEntry(String entityType, String entityId, String action, @Nullable Long transferId,
        @Nullable JSONB before, @Nullable JSONB after, @Nullable String reason) {

    /** A change that asks for no reason. */
    public AuditEntry(String entityType, String entityId, String action, @Nullable Long transferId,
            @Nullable JSONB before, @Nullable JSONB after) {
        this(entityType, entityId, action, transferId, before, after, null);
    }

}
