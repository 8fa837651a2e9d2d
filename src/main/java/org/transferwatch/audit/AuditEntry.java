package org.transferwatch.audit;

import org.jooq.JSONB;
import org.jspecify.annotations.Nullable;

/**
 * One change to record: the entity, the action, the transfer it belongs to (for a transfer's history)
 * and the entity's row before and after as JSON snapshots taken from the database.
 */
public record AuditEntry(String entityType, String entityId, String action, @Nullable Long transferId,
        @Nullable JSONB before, @Nullable JSONB after) {
}
