package org.transferwatch.intake;

import org.transferwatch.base.DbEnum;

/** How a proposed shipment moves; the values are those of a shipment's mode (shipment.mode, V092). */
public enum TransportMode implements DbEnum {

    SEA("Sea"),
    RAIL("Rail"),
    AIR("Air"),
    ROAD("Road");

    private final String label;

    TransportMode(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

}
