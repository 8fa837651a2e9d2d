package org.transferwatch.place;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.transferwatch.base.Problem;

/**
 * A place as an administrator enters it. Coordinates are WGS 84 degrees, kept to 5 decimals (about a metre);
 * where they come from and under which licence are required, so that every place of the gazetteer can be
 * credited on a map or in a briefing.
 *
 * @param countryCode the place's country, or null for a border crossing or open sea
 * @param aliases other spellings reporting uses ("Rason" for Rajin)
 */
public record PlaceDraft(@Nullable String name, @Nullable PlaceKind kind, @Nullable String countryCode, List<String> aliases,
        @Nullable BigDecimal latitude, @Nullable BigDecimal longitude, @Nullable String coordinateSource,
        @Nullable String coordinateLicence) {

    /** The longest name or alias, in characters. */
    public static final int NAME_LENGTH = 200;

    public static final int SOURCE_LENGTH = 500;

    public static final int LICENCE_LENGTH = 200;

    /** The fields a problem of a place belongs to. */
    public enum Field implements Problem.Field {
        NAME, KIND, COUNTRY, ALIASES, LATITUDE, LONGITUDE, SOURCE, LICENCE
    }

    public PlaceDraft {
        aliases = List.copyOf(aliases);
    }

    /** The draft of a stored place, for editing it. */
    public static PlaceDraft of(Place place) {
        return new PlaceDraft(place.name(), place.kind(), place.countryCode(), place.aliases(), place.latitude(),
                place.longitude(), place.coordinateSource(), place.coordinateLicence());
    }

    /** What is wrong with the draft, each with its field; the country's existence is the service's to check. */
    public List<Problem> problems() {
        var problems = new ArrayList<Problem>();
        if (name == null || name.isBlank()) {
            problems.add(Field.NAME.problem("Enter the place's name, e.g. \"Rajin\"."));
        }
        else if (name.strip().length() > NAME_LENGTH) {
            problems.add(Field.NAME.problem("The name is limited to " + NAME_LENGTH + " characters."));
        }
        if (kind == null) {
            problems.add(Field.KIND.problem("Choose what kind of place it is: a port, a crossing, an airfield or a sea area."));
        }
        if (aliases.stream().anyMatch(alias -> alias.strip().length() > NAME_LENGTH)) {
            problems.add(Field.ALIASES.problem("Each other name is limited to " + NAME_LENGTH + " characters."));
        }
        if (latitude == null) {
            problems.add(Field.LATITUDE.problem("Enter the latitude in degrees north, e.g. 42.25559 (south is negative)."));
        }
        else if (latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0) {
            problems.add(Field.LATITUDE.problem("The latitude lies between -90 and 90 degrees."));
        }
        if (longitude == null) {
            problems.add(Field.LONGITUDE.problem("Enter the longitude in degrees east, e.g. 130.28308 (west is negative)."));
        }
        else if (longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0) {
            problems.add(Field.LONGITUDE.problem("The longitude lies between -180 and 180 degrees."));
        }
        if (coordinateSource == null || coordinateSource.isBlank()) {
            problems.add(Field.SOURCE.problem("Say where the coordinates come from, e.g. \"GeoNames, Rajin\" or a "
                    + "Wikipedia article."));
        }
        else if (coordinateSource.strip().length() > SOURCE_LENGTH) {
            problems.add(Field.SOURCE.problem("Where the coordinates come from is limited to " + SOURCE_LENGTH + " characters."));
        }
        if (coordinateLicence == null || coordinateLicence.isBlank()) {
            problems.add(Field.LICENCE.problem("Give the licence of the coordinates, e.g. \"CC BY 4.0\"."));
        }
        else if (coordinateLicence.strip().length() > LICENCE_LENGTH) {
            problems.add(Field.LICENCE.problem("The licence is limited to " + LICENCE_LENGTH + " characters."));
        }
        return problems;
    }

    /**
     * The draft as stored: text stripped, the country in upper case, aliases without blanks, repeats or the name
     * itself, coordinates rounded to 5 decimals.
     */
    public PlaceDraft cleaned() {
        var cleanName = strip(name);
        var distinct = new LinkedHashMap<String, String>();
        for (var alias : aliases) {
            var clean = alias.strip();
            if (!clean.isEmpty() && (cleanName == null || !clean.equalsIgnoreCase(cleanName))) {
                distinct.putIfAbsent(clean.toLowerCase(Locale.ROOT), clean);
            }
        }
        var code = strip(countryCode);
        return new PlaceDraft(cleanName, kind, code == null ? null : code.toUpperCase(Locale.ROOT),
                List.copyOf(distinct.values()), rounded(latitude), rounded(longitude), strip(coordinateSource),
                strip(coordinateLicence));
    }

    private static @Nullable String strip(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static @Nullable BigDecimal rounded(@Nullable BigDecimal degrees) {
        return degrees == null || degrees.scale() <= 5 ? degrees : degrees.setScale(5, RoundingMode.HALF_UP);
    }

}
