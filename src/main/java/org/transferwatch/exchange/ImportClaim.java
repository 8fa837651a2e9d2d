package org.transferwatch.exchange;

import org.jspecify.annotations.Nullable;
import org.transferwatch.transfer.AdmiraltyGrade;
import org.transferwatch.transfer.Stance;

/**
 * The claim an import row carries: a source already in the library ({@code sourceId}), or one named by
 * title and URL that the import finds or adds, or, with neither, the dataset the file itself is (SIPRI).
 */
public record ImportClaim(@Nullable Long sourceId, @Nullable String sourceTitle, @Nullable String sourceUrl,
        String quote, Stance stance, AdmiraltyGrade grade) {

    public boolean fromDataset() {
        return sourceId == null && sourceTitle == null && sourceUrl == null;
    }

}
