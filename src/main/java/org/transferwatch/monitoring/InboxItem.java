package org.transferwatch.monitoring;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/** One notification as its owner reads it: the sentence, the transfer it is about, when, and whether it is read. */
public record InboxItem(long id, long watchId, String watchName, long transferId, String transferLabel,
        String sentence, ChangeKind kind, OffsetDateTime occurredAt, @Nullable OffsetDateTime readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
