package org.transferwatch.exchange;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The parties and shipments an import row gives its transfer, read and checked: the parties as the file names
 * them (found or recorded when the import is written), the legs with their places found in the gazetteer.
 */
public record ImportParts(List<TransferPartsCsv.PartyCell> parties, List<Leg> legs) {

    static final ImportParts NONE = new ImportParts(List.of(), List.of());

    public ImportParts {
        parties = List.copyOf(parties);
        legs = List.copyOf(legs);
    }

    /** A leg with its places' ids, and the column it came from (for a problem found when it is written). */
    record Leg(String column, TransferPartsCsv.LegCell cell, @Nullable Long loadingId, @Nullable Long crossingId,
            @Nullable Long dischargeId) {
    }

    public boolean isEmpty() {
        return parties.isEmpty() && legs.isEmpty();
    }

}
