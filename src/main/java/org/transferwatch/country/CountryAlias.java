package org.transferwatch.country;

/**
 * One name by which reporting refers to a country, with its kind: {@code name}, {@code abbreviation},
 * {@code iso_code}, {@code capital}, {@code metonym}, {@code demonym} or {@code register_name}.
 */
public record CountryAlias(String countryCode, String countryName, String alias, String kind) {

    public boolean isDemonym() {
        return kind.equals("demonym");
    }

}
