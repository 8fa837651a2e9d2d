package org.transferwatch.monitoring;

import java.util.Locale;

/** What a watch follows; its target is the filter's URL query, the pair "PRK/RUS", or the thing's id. */
public enum WatchKind {
    FILTER("Transfers list filter"), PAIR("Country pair"), PROVISION("Provision"), DESIGNATION("Designation"),
    PARTY("Party"), TRANSFER("Transfer");

    private final String label;

    WatchKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static WatchKind of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
