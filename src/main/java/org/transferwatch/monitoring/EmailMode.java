package org.transferwatch.monitoring;

import java.util.Locale;

/** Whether a watch's notifications are also mailed: never (the default), one by one, or in a daily digest. */
public enum EmailMode {
    NEVER("Never"), IMMEDIATE("Immediately"), DAILY("Daily digest");

    private final String label;

    EmailMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EmailMode of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
