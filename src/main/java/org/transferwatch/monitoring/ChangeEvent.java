package org.transferwatch.monitoring;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * One change to a transfer, as the outbox recorded it in the change's own transaction: who made it, the coded
 * values before and after (for status, confidence, period; the stance of new evidence), a detail (the retraction's
 * reason, the source's title, the provision's citation, the party's name), and whether a viewer may be told.
 */
public record ChangeEvent(long id, OffsetDateTime occurredAt, long transferId, ChangeKind kind, @Nullable Long actorId,
        String actorName, @Nullable String before, @Nullable String after, @Nullable String detail,
        boolean visibleToViewers) {
}
