package org.transferwatch.security;

import org.transferwatch.base.DbEnum;

/** How an attempt to log in ended. */
enum LoginOutcome implements DbEnum {

    SUCCESS("Logged in"), FAILURE("Wrong username or password"), THROTTLED("Refused: too many failed attempts");

    private final String label;

    LoginOutcome(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

}
