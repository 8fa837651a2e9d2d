package org.transferwatch.monitoring;

import java.util.Locale;

/** What happened to a transfer that a watcher is told about (the {@code change_event.kind} codes). */
public enum ChangeKind {
    CREATED, PUBLISHED, RETRACTED, EVIDENCE_ADDED, STATUS_CHANGED, CONFIDENCE_CHANGED, PERIOD_CHANGED,
    SANCTIONS_LINK_CONFIRMED, DESIGNATED_PARTY;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ChangeKind of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
