package org.transferwatch.party;

import org.transferwatch.base.DbEnum;

/** The numbers a party is identified by. */
public enum PartyIdentifierKind implements DbEnum {

    IMO_SHIP("IMO ship number"),
    IMO_COMPANY("IMO company number"),
    MMSI("MMSI"),
    CALL_SIGN("Call sign"),
    REGISTRATION("Registration number"),
    UN_REFERENCE("UN reference number");

    private final String label;

    PartyIdentifierKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Whether a second party record with the same number is the same party (the database allows one). */
    public boolean uniqueToOneParty() {
        return this == IMO_SHIP || this == IMO_COMPANY || this == MMSI;
    }

    /** Whether only a vessel has a number of this kind. */
    public boolean vesselsOnly() {
        return this == IMO_SHIP || this == MMSI || this == CALL_SIGN;
    }

    public static PartyIdentifierKind fromDb(String value) {
        return DbEnum.fromDb(PartyIdentifierKind.class, value);
    }

}
