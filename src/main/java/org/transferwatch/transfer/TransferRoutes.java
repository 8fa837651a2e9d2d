package org.transferwatch.transfer;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
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

    /**
     * The shipments that went one way: from the place of loading through the crossing to the place of discharge
     * (any of them may be unknown), by one mode.
     */
    public record Route(@Nullable Place from, @Nullable Place via, @Nullable Place to, ShipmentMode mode, int shipments) {

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

    /**
     * A party of the transfers, its roles in them, and in how many transfers it has any.
     *
     * @param roles its stored roles, and carrier where it carried a shipment
     * @param receivingVessel whether it received goods in a ship-to-ship transfer, which is no stored role
     */
    public record PartyLine(PartySummary party, List<PartyRole> roles, boolean receivingVessel, int transfers) {

        /** "Shipper, Carrier", "Receiving vessel". */
        public String rolesLabel() {
            return Stream.concat(roles.stream().map(PartyRole::label),
                    receivingVessel ? Stream.of("Receiving vessel") : Stream.empty()).collect(Collectors.joining(", "));
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
            String recipientCode, @Nullable Period period, ShipmentMode mode, boolean shipToShip,
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
