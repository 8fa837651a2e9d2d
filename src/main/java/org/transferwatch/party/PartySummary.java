package org.transferwatch.party;

import org.jspecify.annotations.Nullable;

/**
 * A party as other features show and check it.
 *
 * @param countryCode a company's or body's country, a person's nationality, a vessel's current flag
 * @param designated whether an analyst confirmed that the party is a listed designation
 */
public record PartySummary(long id, PartyKind kind, String name, @Nullable String countryCode, boolean designated) {

    public boolean isVessel() {
        return kind == PartyKind.VESSEL;
    }

}
