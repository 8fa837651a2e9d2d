package org.transferwatch.transfer;

import org.transferwatch.base.DbEnum;

/** How a shipment moves. */
public enum ShipmentMode implements DbEnum {

    SEA("Sea"),
    RAIL("Rail"),
    AIR("Air"),
    ROAD("Road");

    private final String label;

    ShipmentMode(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static ShipmentMode fromDb(String value) {
        return DbEnum.fromDb(ShipmentMode.class, value);
    }

}
