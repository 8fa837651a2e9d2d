package org.transferwatch.transfer;

import java.util.Locale;

import org.transferwatch.base.DbEnum;

/** A party's role in a transfer. */
public enum PartyRole implements DbEnum {

    MANUFACTURER("Manufacturer"),
    SELLER("Seller"),
    BROKER("Broker or intermediary"),
    SHIPPER("Shipper"),
    CARRIER("Carrier"),
    CONSIGNEE("Consignee"),
    END_USER("End user"),
    FINANCIER("Financier");

    private final String label;

    PartyRole(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The role as a sentence names a party in it: "a shipper", "an end user". */
    public String withArticle() {
        var noun = label.toLowerCase(Locale.ROOT);
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    public static PartyRole fromDb(String value) {
        return DbEnum.fromDb(PartyRole.class, value);
    }

}
