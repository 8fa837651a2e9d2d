package org.transferwatch.designation;

import org.transferwatch.base.DbEnum;

/** What a designation names. */
public enum DesignationKind implements DbEnum {

    INDIVIDUAL("Individual"), ENTITY("Entity"), VESSEL("Vessel");

    private final String label;

    DesignationKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

}
