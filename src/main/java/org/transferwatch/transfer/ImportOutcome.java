package org.transferwatch.transfer;

/**
 * What an import did: transfers created, updated (their fields changed), unchanged (identical to what
 * is stored) and left alone because they were already published or retracted and the importer may only
 * change drafts.
 */
public record ImportOutcome(int inserted, int updated, int unchanged, int leftReviewed) {

    public static final ImportOutcome NONE = new ImportOutcome(0, 0, 0, 0);

    public int total() {
        return inserted + updated + unchanged + leftReviewed;
    }

    public ImportOutcome plus(ImportOutcome other) {
        return new ImportOutcome(inserted + other.inserted, updated + other.updated, unchanged + other.unchanged,
                leftReviewed + other.leftReviewed);
    }

    /** "25 new, 5 updated, 0 unchanged". */
    public String label() {
        var text = String.format("%,d new, %,d updated, %,d unchanged", inserted, updated, unchanged);
        return leftReviewed == 0 ? text
                : text + String.format(", %,d left as they are because they were already reviewed", leftReviewed);
    }

}
