package org.transferwatch.source;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A source as stored: what it is, where it came from, and its text. */
public record Source(long id, SourceKind kind, String title, @Nullable String publisher, @Nullable String author,
        @Nullable String url, @Nullable LocalDate publishedOn, @Nullable String language, @Nullable String content) {

    /** "Yonhap News Agency, 30 Aug 2023": how a source is cited in lists. */
    public String citation() {
        var by = publisher == null ? title : publisher;
        return publishedOn == null ? by : by + ", " + publishedOn;
    }

}
