package org.transferwatch.country;

/** One stored alias of a country, as the reference-data screen lists it to remove it. */
public record Alias(long id, String countryCode, String alias, String kind) {
}
