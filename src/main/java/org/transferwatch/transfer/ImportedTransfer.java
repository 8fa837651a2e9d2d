package org.transferwatch.transfer;

import org.jspecify.annotations.Nullable;

/**
 * A transfer read from an import file, under the natural key that makes re-importing the same file
 * update instead of duplicate, with at most one claim from a source already in the library.
 *
 * @param line the line of the file the transfer starts on, named in any problem the database finds with it
 *        (0 when it does not come from a file: its position within its chunk of the import is named instead)
 */
public record ImportedTransfer(int line, String naturalKey, TransferDraft draft, @Nullable Claim claim) {

    public static final int MAX_NATURAL_KEY = 200;

    public ImportedTransfer(String naturalKey, TransferDraft draft, @Nullable Claim claim) {
        this(0, naturalKey, draft, claim);
    }

    /** What the file says about the transfer, and who says it. */
    public record Claim(long sourceId, String quote, Stance stance, AdmiraltyGrade grade) {
    }

}
