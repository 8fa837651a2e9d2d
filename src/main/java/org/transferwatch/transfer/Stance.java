package org.transferwatch.transfer;

import org.transferwatch.base.DbEnum;

/** Whether a source's claim supports or disputes a transfer. */
public enum Stance implements DbEnum {

    SUPPORTS("Supports"),
    DISPUTES("Disputes / denies");

    private final String label;

    Stance(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static Stance fromDb(String value) {
        return DbEnum.fromDb(Stance.class, value);
    }

}
