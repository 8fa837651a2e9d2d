package org.transferwatch.transfer;

import org.transferwatch.base.DbEnum;

/** How far a transfer has got, as reported. */
public enum TransferStatus implements DbEnum {

    REPORTED("Reported / alleged"),
    /** What officials say may happen: considered or sought, not reported as done or agreed. */
    POSSIBLE("Possible / under consideration"),
    UNDER_NEGOTIATION("Under negotiation"),
    AGREED("Agreed"),
    IN_DELIVERY("In delivery"),
    DELIVERED("Delivered"),
    DENIED("Denied"),
    DISPUTED("Disputed");

    private final String label;

    TransferStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static TransferStatus fromDb(String value) {
        return DbEnum.fromDb(TransferStatus.class, value);
    }

}
