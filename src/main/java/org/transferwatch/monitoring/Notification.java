package org.transferwatch.monitoring;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/** One change a watch matched, for its owner: the change, when it was matched, and when it was read. */
public record Notification(long id, long watchId, String watchName, ChangeEvent event,
        @Nullable OffsetDateTime readAt) {
}
