package org.transferwatch.party;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A party record as its page shows it and its form edits it.
 *
 * @param aliases the other names, in the order the analyst gave them
 * @param countryName the name of the state {@code countryCode} stands for
 * @param mergedInto the party this record was merged into, if it was: its page then says so, and it is no longer
 *        listed or searched
 * @param designated whether an analyst confirmed that the party is a listed designation
 */
public record Party(long id, PartyKind kind, String name, List<String> aliases, @Nullable String countryCode,
        @Nullable String countryName, @Nullable String notes, List<PartyDraft.Identifier> identifiers,
        List<PartyDraft.Flag> flags, @Nullable Long mergedInto, boolean designated, OffsetDateTime updatedAt,
        int version) {

    public Party {
        aliases = List.copyOf(aliases);
        identifiers = List.copyOf(identifiers);
        flags = List.copyOf(flags);
    }

    public boolean merged() {
        return mergedInto != null;
    }

    /** The record as its form edits it. */
    public PartyDraft draft() {
        return new PartyDraft(kind, name, aliases, countryCode, notes, identifiers, flags);
    }

    /** "Party #12 'Angara'", the way messages name a record. */
    public String label() {
        return label(id, name);
    }

    static String label(long id, String name) {
        return "Party #" + id + " '" + name + "'";
    }

}
