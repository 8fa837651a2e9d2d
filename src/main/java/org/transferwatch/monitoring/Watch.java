package org.transferwatch.monitoring;

import java.time.OffsetDateTime;

/** A user's watch, with how many changes it matched since it was created and how many of them are unread. */
public record Watch(long id, long userId, WatchKind kind, String target, String name, boolean paused,
        EmailMode emailMode, OffsetDateTime createdAt, int matched, int unread) {
}
