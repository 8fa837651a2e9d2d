package org.transferwatch.source;

import java.util.Locale;

public enum SourceKind {

    NEWS_ARTICLE("News article"), OFFICIAL_STATEMENT("Official statement"), UN_REPORT("UN report"),
    MONITORING_REPORT("Monitoring report"), DATASET("Dataset"), OTHER("Other");

    private final String label;

    SourceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SourceKind fromDb(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

}
