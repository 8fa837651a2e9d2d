package org.transferwatch.base;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;

/** Someone else saved the record since the user loaded it; the user's save was refused, nothing was overwritten. */
public class ConcurrentEditException extends RuntimeException {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'");

    public ConcurrentEditException(String what, @Nullable String changedBy, @Nullable OffsetDateTime changedAt) {
        super("This " + what + " was changed by " + (changedBy == null ? "someone else" : changedBy)
                + (changedAt == null ? "" : " at " + WHEN.format(changedAt.withOffsetSameInstant(ZoneOffset.UTC)))
                + " — reload to see their change.");
    }

}
