package org.transferwatch.transfer;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * Where a draft's review stands: who submitted it and when, and, once a reviewer sent it back, who did, when and
 * with which comment.
 */
public record ReviewStatus(ReviewRequestState state, String submittedBy, OffsetDateTime submittedAt,
        @Nullable String returnedBy, @Nullable OffsetDateTime returnedAt, @Nullable String returnComment) {
}
