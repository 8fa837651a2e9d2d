package org.transferwatch.source;

import java.time.OffsetDateTime;

/**
 * A source's text as it was captured once: exactly as pasted or fetched, with the SHA-256 of its UTF-8 bytes, when
 * and by whom. The first capture is the text the source was added with; the same URL added again with a different
 * text is the next one.
 */
public record SourceCapture(long id, int number, String text, String sha256, OffsetDateTime capturedAt, String capturedBy) {

    /** The first characters of the hash, enough to tell two captures apart by eye. */
    public String shortHash() {
        return sha256.substring(0, 12);
    }

}
