package org.transferwatch.transfer;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A party of a transfer, or a vessel of one of its shipments, that an analyst confirmed as a listed designation.
 *
 * @param involvement how it takes part, in words: "a shipper of this transfer", "the carrier of a sea leg of this
 *        transfer"
 */
public record DesignatedParty(long partyId, String name, String involvement, List<Listing> listings) {

    public DesignatedParty {
        listings = List.copyOf(listings);
    }

    /**
     * One designation the party was confirmed as.
     *
     * @param reference the list's reference, e.g. "KPe.058"
     * @param regimeCode our regime, e.g. "DPRK", where the list's programme resolves to one
     */
    public record Listing(long designationId, String reference, @Nullable String regimeCode) {
    }

}
