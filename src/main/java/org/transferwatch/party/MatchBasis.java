package org.transferwatch.party;

import org.transferwatch.base.DbEnum;

/** What a match with a designation rests on. */
public enum MatchBasis implements DbEnum {

    /** The same IMO ship or company number, or the UN reference number. */
    IDENTIFIER("Identical number"),
    /** A name similar enough to one of the designation's. */
    NAME("Similar name");

    private final String label;

    MatchBasis(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static MatchBasis fromDb(String value) {
        return DbEnum.fromDb(MatchBasis.class, value);
    }

}
