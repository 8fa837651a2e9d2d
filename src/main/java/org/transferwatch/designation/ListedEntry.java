package org.transferwatch.designation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a sanctions list as its source publishes it, values trimmed and nothing else changed: what an
 * import compares with what is stored. Two entries are equal exactly when an import would change nothing.
 *
 * @param source the list's source, {@code UN}
 * @param reference the source's reference number, unique within the source ({@code KPe.001})
 * @param programme the programme as the source names it ({@code DPRK}, the UN's UN_LIST_TYPE)
 * @param amendedOn the dates the source amended the entry, in the order it lists them
 * @param sourceEntryId the source's own id of the entry (the UN's DATAID)
 * @param sourceEntryVersion the source's version of the entry (the UN's VERSIONNUM)
 */
public record ListedEntry(String source, String reference, DesignationKind kind, String programme, String primaryName,
        @Nullable String originalScriptName, @Nullable LocalDate listedOn, List<LocalDate> amendedOn,
        @Nullable String narrative, @Nullable String sourceEntryId, @Nullable Integer sourceEntryVersion,
        List<Name> aliases, List<Identifier> identifiers, List<Place> countries) {

    public ListedEntry {
        amendedOn = List.copyOf(amendedOn);
        aliases = List.copyOf(aliases);
        identifiers = List.copyOf(identifiers);
        countries = List.copyOf(countries);
    }

    /** An alias with its quality. */
    public record Name(String name, NameQuality quality) {
    }

    /** A number the entry is identified by, with the issuing state and a note where the source gives them. */
    public record Identifier(IdentifierKind kind, String value, @Nullable String issuingCountry, @Nullable String note) {
    }

    /** A state the entry is tied to, as the source writes it. */
    public record Place(Relation relation, String listedText) {
    }

    /** How a state is tied to an entry. */
    public enum Relation {
        NATIONALITY, ADDRESS
    }

    /** The fields in which {@code other} differs from this entry, as a user reads them. */
    public List<String> differencesFrom(ListedEntry other) {
        var fields = new ArrayList<String>();
        difference(fields, "kind", kind, other.kind);
        difference(fields, "regime", programme, other.programme);
        difference(fields, "name", primaryName, other.primaryName);
        difference(fields, "original-script name", originalScriptName, other.originalScriptName);
        difference(fields, "aliases", aliases, other.aliases);
        difference(fields, "listed on", listedOn, other.listedOn);
        difference(fields, "amended on", amendedOn, other.amendedOn);
        difference(fields, "narrative", narrative, other.narrative);
        difference(fields, "identifiers", identifiers, other.identifiers);
        difference(fields, "nationality or country", countries, other.countries);
        difference(fields, "list entry id", sourceEntryId, other.sourceEntryId);
        difference(fields, "list entry version", sourceEntryVersion, other.sourceEntryVersion);
        return fields;
    }

    private static void difference(List<String> fields, String label, @Nullable Object mine, @Nullable Object theirs) {
        if (!java.util.Objects.equals(mine, theirs)) {
            fields.add(label);
        }
    }

}
