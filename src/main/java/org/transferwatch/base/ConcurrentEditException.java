package org.transferwatch.base;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;

/** Someone else saved the record since the user loaded it; the user's save was refused, nothing was overwritten. */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(String what, @Nullable String changedBy, @Nullable OffsetDateTime changedAt) {
        super("This " + what + " was changed by " + (changedBy == null ? "someone else" : changedBy)
                + (changedAt == null ? "" : " at " + DateFormats.MOMENT.format(changedAt.withOffsetSameInstant(ZoneOffset.UTC)))
                + " — reload to see their change.");
    }

}
