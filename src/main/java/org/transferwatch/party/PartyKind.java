package org.transferwatch.party;

import org.transferwatch.base.DbEnum;

/** What a party is. */
public enum PartyKind implements DbEnum {

    COMPANY("Company"),
    STATE_BODY("State body"),
    ARMED_UNIT("Armed unit"),
    PERSON("Person"),
    VESSEL("Vessel");

    private final String label;

    PartyKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static PartyKind fromDb(String value) {
        return DbEnum.fromDb(PartyKind.class, value);
    }

}
