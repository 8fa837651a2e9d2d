package org.transferwatch.source;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A source as the library lists it: everything but its text. */
public record SourceSummary(long id, SourceKind kind, String title, @Nullable String publisher, @Nullable String author,
        @Nullable String url, @Nullable LocalDate publishedOn, @Nullable String language, boolean hasText) {
}
