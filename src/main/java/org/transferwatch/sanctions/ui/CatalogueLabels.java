package org.transferwatch.sanctions.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.transferwatch.base.DateFormats;
import org.transferwatch.country.Country;
import org.transferwatch.country.CountryService;
import org.transferwatch.sanctions.ScopeRow;

/** How the catalogue's screens word a provision's scope, kinds, period and badges. */
final class CatalogueLabels {

    private CatalogueLabels() {
    }

    /** "North Korea → any state; any state → North Korea". */
    static String scope(List<ScopeRow> rows, Function<String, String> countryName) {
        return rows.stream()
            .map(row -> state(row.supplierCode(), countryName) + " → " + state(row.recipientCode(), countryName))
            .collect(Collectors.joining("; "));
    }

    private static String state(@Nullable String code, Function<String, String> countryName) {
        return code == null ? "any state" : countryName.apply(code);
    }

    /** Every state's name by code, read once per screen: a catalogue page names many states. */
    static Map<String, String> countryNames(CountryService countries) {
        return countries.search("", 0, 10_000).stream().collect(Collectors.toMap(Country::code, Country::name, (a, b) -> a));
    }

    static String kind(String kind) {
        return switch (kind) {
            case "arms" -> "Arms";
            case "raw_material" -> "Raw materials";
            case "dual_use" -> "Dual-use goods";
            default -> kind;
        };
    }

    static String kinds(List<String> kinds) {
        return kinds.stream().map(CatalogueLabels::kind).collect(Collectors.joining(", "));
    }

    /** "since 22 Dec 2017", "16 Jan 2016 – 17 Oct 2023". */
    static String inForce(LocalDate from, @Nullable LocalDate until) {
        return until == null ? "since " + DateFormats.DAY.format(from)
                : DateFormats.DAY.format(from) + " – " + DateFormats.DAY.format(until);
    }


}
