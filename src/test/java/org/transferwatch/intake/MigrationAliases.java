package org.transferwatch.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.transferwatch.country.CountryAlias;

/**
 * The alias table as the migrations load it, read from the packaged SQL, so that the assistant's tests
 * run on the real reference data without a database; the assistant knows the shipped gazetteer too
 * ({@link MigrationPlaces}).
 */
final class MigrationAliases {

    private static final Pattern TUPLE = Pattern.compile(
            "\\(\\s*'((?:[^']|'')*)'\\s*,\\s*'((?:[^']|'')*)'\\s*,\\s*'((?:[^']|'')*)'\\s*(?:,\\s*(?:'[^']*'|null)\\s*)?\\)");

    private static final Set<String> ALIAS_KINDS = Set.of("name", "abbreviation", "iso_code", "capital", "metonym",
            "demonym", "register_name");

    private static List<CountryAlias> aliases;

    private static IntakeAssistant assistant;

    private MigrationAliases() {
    }

    static synchronized List<CountryAlias> aliases() {
        if (aliases == null) {
            // The states and their aliases, the common forms added later, and the actors added later.
            var sql = migration("V010__load_countries.sql") + migration("V162__load_country_aliases_common_forms.sql")
                    + migration("V163__load_non_state_actors.sql");
            var names = new HashMap<String, String>();
            var rows = new ArrayList<String[]>();
            var matcher = TUPLE.matcher(sql);
            while (matcher.find()) {
                var code = matcher.group(1);
                var second = matcher.group(2).replace("''", "'");
                var third = matcher.group(3);
                if (ALIAS_KINDS.contains(third)) {
                    rows.add(new String[] { code, second, third });
                }
                else {
                    names.put(code, second);
                }
            }
            aliases = rows.stream().map(r -> new CountryAlias(r[0], names.getOrDefault(r[0], r[0]), r[1], r[2])).toList();
        }
        return aliases;
    }

    /** The packaged migration's SQL without its comments. */
    static String migration(String file) {
        try (var in = MigrationAliases.class.getResourceAsStream("/db/migration/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)--.*$", "");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static synchronized IntakeAssistant assistant() {
        if (assistant == null) {
            assistant = new IntakeAssistant(aliases(), MigrationPlaces.places());
        }
        return assistant;
    }

}
