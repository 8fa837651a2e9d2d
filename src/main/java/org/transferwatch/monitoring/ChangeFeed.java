package org.transferwatch.monitoring;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A page of the change feed: the changes in order, and the cursor to pass to resume after the last of them. */
public record ChangeFeed(List<Change> changes, @Nullable String next) {

    /** One change as the feed gives it out. */
    public record Change(long id, OffsetDateTime occurredAt, long transferId, String transfer, String kind,
            String sentence, String by, @Nullable String before, @Nullable String after, @Nullable String detail) {
    }
}
