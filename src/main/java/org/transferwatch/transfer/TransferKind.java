package org.transferwatch.transfer;

import org.transferwatch.base.DbEnum;

/** What kind of goods a transfer moves. */
public enum TransferKind implements DbEnum {

    ARMS("Arms"),
    RAW_MATERIAL("Raw material"),
    DUAL_USE("Dual-use good");

    private final String label;

    TransferKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static TransferKind fromDb(String value) {
        return DbEnum.fromDb(TransferKind.class, value);
    }

}
