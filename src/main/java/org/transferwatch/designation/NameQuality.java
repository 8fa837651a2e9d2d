package org.transferwatch.designation;

import org.transferwatch.base.DbEnum;

/**
 * How a source rates a name: the primary and original-script names, and the aliases' qualities. The UN
 * rates an individual's aliases Good (enough to identify) or Low (too common to identify alone), and gives an
 * entity's as a.k.a. or f.k.a.; an alias it leaves unrated is {@link #UNSPECIFIED}.
 */
public enum NameQuality implements DbEnum {

    PRIMARY("Primary name"), ORIGINAL_SCRIPT("Original script"), GOOD("Good"), LOW("Low"), AKA("a.k.a."),
    FKA("f.k.a."), UNSPECIFIED("Alias");

    private final String label;

    NameQuality(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The quality of an alias as the UN list writes it ("Good", "a.k.a."); unrated for anything else. */
    static NameQuality ofUnAlias(String quality) {
        return switch (quality.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "good" -> GOOD;
            case "low" -> LOW;
            case "a.k.a.", "aka" -> AKA;
            case "f.k.a.", "fka" -> FKA;
            default -> UNSPECIFIED;
        };
    }

}
