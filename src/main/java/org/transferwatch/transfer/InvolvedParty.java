package org.transferwatch.transfer;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.transferwatch.party.PartyKind;

/**
 * A party in one of its roles in a transfer, as the transfer's page shows it.
 *
 * @param id the role's own id (one party may have several roles in a transfer)
 * @param countryName a company's or body's country, a person's nationality, a vessel's flag, by name
 * @param designated whether an analyst confirmed that the party is a listed designation
 * @param possibleMatches how many designations the party may be, still to be confirmed or rejected on its page
 * @param version the role's version, for an edit or a removal
 */
public record InvolvedParty(long id, long transferId, long partyId, PartyKind kind, String name,
        @Nullable String countryCode, @Nullable String countryName, PartyRole role, @Nullable String note,
        boolean designated, int possibleMatches, int version, List<PartClaim> claims) {

    public InvolvedParty {
        claims = List.copyOf(claims);
    }

}
