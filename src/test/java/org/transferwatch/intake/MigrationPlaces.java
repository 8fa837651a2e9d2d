package org.transferwatch.intake;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.transferwatch.place.Place;
import org.transferwatch.place.PlaceKind;

/**
 * The gazetteer as the migration loads it, read from the packaged SQL, so that the assistant's tests run on the
 * places the app ships without a database. Ids are given in the order of the rows, as a new database numbers them.
 */
final class MigrationPlaces {

    private static final String QUOTED = "'((?:[^']|'')*)'";

    private static final Pattern ROW = Pattern.compile("\\(\\s*" + QUOTED + ",\\s*'(\\w+)',\\s*(?:'(\\w+)'|null),\\s*"
            + "(?:array\\[(.*?)\\]|'\\{\\}')::text\\[\\],\\s*(-?[\\d.]+),\\s*(-?[\\d.]+),\\s*" + QUOTED + ",\\s*" + QUOTED
            + "\\s*\\)", Pattern.DOTALL);

    private static List<Place> places;

    private MigrationPlaces() {
    }

    static synchronized List<Place> places() {
        if (places == null) {
            var sql = MigrationAliases.migration("V089__load_places.sql");
            var rows = new ArrayList<Place>();
            var matcher = ROW.matcher(sql);
            while (matcher.find()) {
                var aliases = new ArrayList<String>();
                if (matcher.group(4) != null) {
                    var alias = Pattern.compile(QUOTED).matcher(matcher.group(4));
                    while (alias.find()) {
                        aliases.add(unquote(alias.group(1)));
                    }
                }
                rows.add(new Place(rows.size() + 1, unquote(matcher.group(1)), PlaceKind.fromDb(matcher.group(2)),
                        matcher.group(3), aliases, new BigDecimal(matcher.group(5)), new BigDecimal(matcher.group(6)),
                        unquote(matcher.group(7)), unquote(matcher.group(8)), 0));
            }
            places = List.copyOf(rows);
        }
        return places;
    }

    static Place named(String name) {
        return places().stream().filter(place -> place.name().equals(name)).findFirst().orElseThrow();
    }

    private static String unquote(String text) {
        return text.replace("''", "'");
    }

}
