package org.transferwatch.party;

import org.jspecify.annotations.Nullable;

/**
 * A party as the list and its search show it.
 *
 * @param matched the other name or the number the search found the party by, when it was not its name
 * @param designated whether an analyst confirmed that the party is a listed designation
 * @param possibleMatches how many designations it may be, still to be confirmed or rejected
 */
public record PartyRow(long id, PartyKind kind, String name, @Nullable String matched, @Nullable String countryCode,
        @Nullable String countryName, boolean designated, int possibleMatches) {
}
