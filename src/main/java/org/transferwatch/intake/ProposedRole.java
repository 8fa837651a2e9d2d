package org.transferwatch.intake;

import org.transferwatch.base.DbEnum;

/**
 * A party's part in a proposed transfer, as the assistant reads it; the values are those of a transfer party's role
 * (transfer_party.role, V090), so that an accepted proposal stores them as they are.
 */
public enum ProposedRole implements DbEnum {

    MANUFACTURER("Manufacturer"),
    SELLER("Seller"),
    BROKER("Broker or intermediary"),
    SHIPPER("Shipper"),
    CARRIER("Carrier"),
    CONSIGNEE("Consignee"),
    END_USER("End user"),
    FINANCIER("Financier");

    private final String label;

    ProposedRole(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

}
