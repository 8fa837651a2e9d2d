package org.transferwatch.transfer;

import org.transferwatch.base.DbEnum;

/** How precisely a transfer's period is known. */
public enum PeriodPrecision implements DbEnum {

    DAY("Day"),
    MONTH("Month"),
    QUARTER("Quarter"),
    YEAR("Year");

    private final String label;

    PeriodPrecision(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static PeriodPrecision fromDb(String value) {
        return DbEnum.fromDb(PeriodPrecision.class, value);
    }

}
