package org.transferwatch.place;

import org.transferwatch.base.DbEnum;

/** What kind of place of the gazetteer. */
public enum PlaceKind implements DbEnum {

    PORT("Port"),
    RAIL_CROSSING("Rail crossing"),
    ROAD_CROSSING("Road crossing"),
    AIRFIELD("Airfield"),
    SEA_AREA("Sea area");

    private final String label;

    PlaceKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static PlaceKind fromDb(String value) {
        return DbEnum.fromDb(PlaceKind.class, value);
    }

}
