package org.transferwatch.designation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A designation as stored: the entry as its source lists it, our regime and states where they resolve, and
 * the date it was delisted, if it was.
 */
public record Designation(long id, String source, String reference, DesignationKind kind, String issuerCode,
        String programme, @Nullable String regimeCode, String primaryName, @Nullable String originalScriptName,
        @Nullable LocalDate listedOn, List<LocalDate> amendedOn, @Nullable LocalDate delistedOn,
        @Nullable String narrative, @Nullable String sourceEntryId, @Nullable Integer sourceEntryVersion,
        List<Name> names, List<Identifier> identifiers, List<Place> countries, OffsetDateTime updatedAt, int version) {

    /** A name with its quality, the primary name first. */
    public record Name(String name, NameQuality quality) {
    }

    public record Identifier(IdentifierKind kind, String value, @Nullable String issuingCountry, @Nullable String note) {
    }

    /** A state as the source wrote it, and our state's code where the text names exactly one. */
    public record Place(ListedEntry.Relation relation, String listedText, @Nullable String countryCode) {
    }

    public boolean delisted() {
        return delistedOn != null;
    }

}
