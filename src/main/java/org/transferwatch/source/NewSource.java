package org.transferwatch.source;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** What a user enters to add a source. */
public record NewSource(SourceKind kind, String title, @Nullable String publisher, @Nullable String author,
        @Nullable String url, @Nullable LocalDate publishedOn, @Nullable String language, @Nullable String content) {
}
