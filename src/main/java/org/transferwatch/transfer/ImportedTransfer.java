package org.transferwatch.transfer;

import org.jspecify.annotations.Nullable;

/**
 * A transfer read from an import file, under the natural key that makes re-importing the same file
 * update instead of duplicate, with at most one claim from a source already in the library.
 */
public record ImportedTransfer(String naturalKey, TransferDraft draft, @Nullable Claim claim) {

    public static final int MAX_NATURAL_KEY = 200;

    /** What the file says about the transfer, and who says it. */
    public record Claim(long sourceId, String quote, Stance stance, AdmiraltyGrade grade) {
    }

}
