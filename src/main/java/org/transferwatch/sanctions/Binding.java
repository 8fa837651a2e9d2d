package org.transferwatch.sanctions;

import org.transferwatch.base.DbEnum;

/** Whom a provision binds: every state (UN measures) or the issuer's own persons and territory. */
public enum Binding implements DbEnum {

    ALL_STATES, ISSUER_JURISDICTION;

    @Override
    public String label() {
        return this == ALL_STATES ? "Every state" : "The issuer's persons and territory";
    }

}
