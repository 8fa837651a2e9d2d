package org.transferwatch.exchange;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/** A personal API token as its owner sees it listed: never the token itself, only its first characters. */
public record ApiToken(long id, String name, String prefix, OffsetDateTime createdAt, @Nullable OffsetDateTime lastUsedAt,
        @Nullable OffsetDateTime revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }

}
