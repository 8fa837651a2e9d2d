package org.transferwatch.place;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A place of the gazetteer.
 *
 * @param aliases other spellings reporting uses ("Rason" for Rajin)
 * @param latitude WGS 84 degrees north
 * @param longitude WGS 84 degrees east
 * @param coordinateSource where the coordinates come from
 * @param coordinateLicence the licence they are published under
 */
public record Place(long id, String name, PlaceKind kind, @Nullable String countryCode, List<String> aliases,
        BigDecimal latitude, BigDecimal longitude, String coordinateSource, String coordinateLicence, int version) {
}
