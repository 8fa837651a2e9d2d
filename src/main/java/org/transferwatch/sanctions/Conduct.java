package org.transferwatch.sanctions;

import org.transferwatch.base.DbEnum;

/** What a provision does: prohibit (or cap) the goods, or empower the issuer to designate persons. */
public enum Conduct implements DbEnum {

    PROHIBITION, DESIGNATION;

    @Override
    public String label() {
        return this == PROHIBITION ? "Prohibits or caps the goods" : "Power to designate persons (asset freeze, blocking)";
    }

}
