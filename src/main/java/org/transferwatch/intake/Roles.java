package org.transferwatch.intake;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A clause's supplier and recipient, and states joined to either by "and" ("from Denmark and the
 * Netherlands"), which share its role.
 */
record Roles(@Nullable Role supplier, @Nullable Role recipient, List<StateMention> alsoSupplying,
        List<StateMention> alsoReceiving) {

    /** A state in a role, with the weight of the cue that gave it and that cue in words. */
    record Role(StateMention state, double score, String why) {
    }

    Roles(@Nullable Role supplier, @Nullable Role recipient) {
        this(supplier, recipient, List.of(), List.of());
    }

    boolean complete() {
        return supplier != null && recipient != null;
    }

}
