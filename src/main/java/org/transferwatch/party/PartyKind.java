package org.transferwatch.party;

import org.transferwatch.base.DbEnum;
import org.transferwatch.designation.DesignationKind;

/** What a party is. */
public enum PartyKind implements DbEnum {

    COMPANY("Company", DesignationKind.ENTITY),
    STATE_BODY("State body", DesignationKind.ENTITY),
    ARMED_UNIT("Armed unit", DesignationKind.ENTITY),
    PERSON("Person", DesignationKind.INDIVIDUAL),
    VESSEL("Vessel", DesignationKind.VESSEL);

    private final String label;

    private final DesignationKind designationKind;

    PartyKind(String label, DesignationKind designationKind) {
        this.label = label;
        this.designationKind = designationKind;
    }

    /**
     * The kind of designation a party of this kind may be matched with by name: vessels with vessels, persons
     * with individuals, companies, state bodies and armed units with entities.
     */
    public DesignationKind designationKind() {
        return designationKind;
    }

    @Override
    public String label() {
        return label;
    }

    public static PartyKind fromDb(String value) {
        return DbEnum.fromDb(PartyKind.class, value);
    }

}
