package org.transferwatch.transfer;

import org.transferwatch.base.DbEnum;

/** Where a draft submitted for review stands: waiting for a reviewer, or sent back to its analysts. */
public enum ReviewRequestState implements DbEnum {

    SUBMITTED("Waiting for review"),
    RETURNED("Returned");

    private final String label;

    ReviewRequestState(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static ReviewRequestState fromDb(String value) {
        return DbEnum.fromDb(ReviewRequestState.class, value);
    }

}
