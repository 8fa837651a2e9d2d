package org.transferwatch.transfer;

import org.transferwatch.base.DbEnum;

/** The analyst's overall judgement of a transfer, in the ICD 203 sense. */
public enum Confidence implements DbEnum {

    HIGH("High"),
    MODERATE("Moderate"),
    LOW("Low");

    private final String label;

    Confidence(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static Confidence fromDb(String value) {
        return DbEnum.fromDb(Confidence.class, value);
    }

}
