package org.transferwatch.party;

import org.transferwatch.base.DbEnum;

/** Where a party's match with a designation stands: found, or decided by an analyst. */
public enum MatchState implements DbEnum {

    POSSIBLE("Possible"), CONFIRMED("Confirmed"), REJECTED("Rejected");

    private final String label;

    MatchState(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static MatchState fromDb(String value) {
        return DbEnum.fromDb(MatchState.class, value);
    }

}
