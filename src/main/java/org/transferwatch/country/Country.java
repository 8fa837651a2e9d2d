package org.transferwatch.country;

/** A state, historical state or non-state actor that can supply or receive goods. */
public record Country(String code, String name, String kind) {

    /** "North Korea (PRK)": how the app names a country wherever a code alone would be cryptic. */
    public String label() {
        return code.startsWith("X-") ? name : name + " (" + code + ")";
    }

}
