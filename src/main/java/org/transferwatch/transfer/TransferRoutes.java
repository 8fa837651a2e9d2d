package org.transferwatch.transfer;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.transferwatch.base.DbEnum;
import org.transferwatch.party.PartySummary;
import org.transferwatch.place.Place;

/**
 * What the maps, the pair page and its briefing read of the transfers' parties and shipments: routes through
 * the gazetteer's places, the parties with their roles, and the shipments, all of the transfers a user may see.
 */
public final class TransferRoutes {

    private TransferRoutes() {
    }

    /** A place as the filter and the maps name it: "Rajin (port, PRK)". */
    public static String placeLabel(Place place) {
        return place.name() + " (" + place.kind().label().toLowerCase(Locale.ROOT)
                + (place.countryCode() == null ? "" : ", " + place.countryCode()) + ")";
    }

    /** How a shipment travelled. */
    public enum Mode implements DbEnum {

        SEA("Sea"),
        RAIL("Rail"),
        AIR("Air"),
        ROAD("Road");

        private final String label;

        Mode(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }

        public static Mode fromDb(String value) {
            return DbEnum.fromDb(Mode.class, value);
        }

    }

    /** A party's part in a transfer: its stored roles, and the parts a shipment gives it. */
    public enum Role implements DbEnum {

        MANUFACTURER("Manufacturer"),
        SELLER("Seller"),
        BROKER("Broker or intermediary"),
        SHIPPER("Shipper"),
        CARRIER("Carrier"),
        CONSIGNEE("Consignee"),
        END_USER("End user"),
        FINANCIER("Financier"),
        /** Not a stored role: the vessel that received the goods in a ship-to-ship transfer. */
        RECEIVING_VESSEL("Receiving vessel");

        private final String label;

        Role(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }

        public static Role fromDb(String value) {
            return DbEnum.fromDb(Role.class, value);
        }

    }

    /**
     * The shipments that went one way: from the place of loading through the crossing to the place of discharge
     * (any of them may be unknown), by one mode.
     */
    public record Route(@Nullable Place from, @Nullable Place via, @Nullable Place to, Mode mode, int shipments) {

        /** The known places in the order the goods passed them. */
        public List<Place> places() {
            return Stream.of(from, via, to).<Place>mapMulti((place, out) -> {
                if (place != null) {
                    out.accept(place);
                }
            }).toList();
        }

        /** "Rajin → Tumangang → Dunai", the known places only. */
        public String label() {
            return places().stream().map(Place::name).collect(Collectors.joining(" → "));
        }

    }

    /** A place and how many of the transfers have a shipment loaded, discharged or crossing there. */
    public record PlaceCount(Place place, int transfers) {
    }

    /** The routes and their places, for a map. */
    public record RouteMap(List<Route> routes, List<PlaceCount> places) {

        public static final RouteMap EMPTY = new RouteMap(List.of(), List.of());

        public boolean isEmpty() {
            return routes.isEmpty() && places.isEmpty();
        }

    }

    /** A party of the transfers, its roles in them, and in how many transfers it has any. */
    public record PartyLine(PartySummary party, List<Role> roles, int transfers) {

        public String rolesLabel() {
            return roles.stream().map(Role::label).collect(Collectors.joining(", "));
        }

    }

    /** Some of the parties, and how many there are in all. */
    public record Parties(List<PartyLine> lines, int total) {
    }

    /**
     * A shipment with its transfer, parties and places resolved.
     *
     * @param carrier the vessel, or the party that carried a rail, air or road leg
     * @param receivingVessel the vessel that received the goods in a ship-to-ship transfer
     */
    public record ShipmentLine(long id, long transferId, String transferItem, String supplierCode,
            String recipientCode, @Nullable Period period, Mode mode, boolean shipToShip,
            @Nullable PartySummary carrier, @Nullable PartySummary receivingVessel, @Nullable Place from,
            @Nullable Place via, @Nullable Place to, Quantity quantity) {

        /** The carrier, and the receiving vessel of a ship-to-ship transfer: "Angara", "Rye Song Gang → Ocean Star". */
        public String carriersLabel() {
            var carrierName = carrier == null ? "—" : carrier.name();
            return receivingVessel == null ? carrierName : carrierName + " → " + receivingVessel.name();
        }

        public String periodLabel() {
            return period == null ? "—" : period.label();
        }

        public static String placeName(@Nullable Place place) {
            return place == null ? "—" : place.name();
        }

    }

    /** Some of the shipments, latest first, and how many there are in all. */
    public record Shipments(List<ShipmentLine> lines, int total) {
    }

}
