package org.transferwatch.transfer;

import org.transferwatch.base.DbEnum;

/** Where a transfer stands in review: only published transfers are visible to viewers. */
public enum ReviewState implements DbEnum {

    DRAFT("Draft"),
    PUBLISHED("Published"),
    RETRACTED("Retracted");

    private final String label;

    ReviewState(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static ReviewState fromDb(String value) {
        return DbEnum.fromDb(ReviewState.class, value);
    }

}
