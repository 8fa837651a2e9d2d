package org.transferwatch.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.transferwatch.intake.VesselFinder.VesselMention;
import org.transferwatch.place.Place;
import org.transferwatch.place.PlaceKind;
import org.transferwatch.transfer.Period;

/**
 * Reads the shipment one sentence describes: its mode ("by rail", a train, a vessel, a port), each place's part
 * from the words before it ("loaded … at Rajin", "from Nampo to Vostochny", "arrived in Dunai"; a crossing is
 * crossed), the vessel that carries it and, for a ship-to-ship transfer, the one that receives it at sea. A port
 * whose part the words do not give is decided for each proposal by its country ({@link Read#shipment}).
 */
final class ShipmentReader {

    /** A place's part in a leg; OPEN until a proposal's states decide it, VIA for a port passed through. */
    enum Leg {
        LOADING, DISCHARGE, CROSSING, SEA_AREA, OPEN, VIA
    }

    record PlacePart(PlaceMention mention, Leg leg, String why) {
    }

    private static final Set<String> LOADING_WORDS = Set.of("from", "loaded", "loading", "load", "loads", "departed",
            "departing", "departs", "left", "leaving", "leaves", "sailed", "sailing", "out", "embarked", "exported");

    private static final Set<String> DISCHARGE_WORDS = Set.of("to", "into", "arrived", "arriving", "arrives", "arrive",
            "reached", "reaching", "reaches", "discharged", "discharging", "discharge", "unloaded", "unloading", "unload",
            "offloaded", "offloading", "docked", "docking", "docks", "berthed", "bound", "destined", "headed", "heading",
            "landed", "landing", "delivered", "calling", "called", "imported");

    private static final Set<String> VIA_WORDS = Set.of("via", "through", "across", "transited", "transiting");

    private static final Set<String> RAIL_WORDS = Set.of("rail", "railway", "railways", "train", "trains", "railcar",
            "railcars", "wagon", "wagons", "railroad");

    /** Words of moving goods by air; "aircraft", "planes" and "jets" are more often the goods themselves. */
    private static final Set<String> AIR_WORDS = Set.of("flight", "flights", "flew", "flown", "airlift", "airlifted",
            "airlifts");

    /** Words of moving goods by road; "trucks" are as often the goods. */
    private static final Set<String> ROAD_WORDS = Set.of("convoy", "convoys", "trucked");

    /** Words of moving goods by sea; "port" says where, not that anything moved. */
    private static final Set<String> SEA_WORDS = Set.of("sea", "sailed", "sailing", "sails", "voyage");

    private static final int CUE_DISTANCE = 12;

    private final List<Token> tokens;

    ShipmentReader(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** What one sentence says of a shipment, before a proposal decides the parts its words leave open. */
    record Read(TransportMode mode, String modeWhy, List<PlacePart> places, @Nullable String carrier,
            @Nullable String receivingVessel, boolean shipToShip, @Nullable Place seaArea, @Nullable Period period,
            Excerpt sentence) {

        /** The shipment for a proposal from {@code supplierCode} to {@code recipientCode}. */
        ProposedShipment shipment(String supplierCode, String recipientCode) {
            Place loading = null;
            Place discharge = null;
            Place crossing = null;
            var reasons = new ArrayList<String>(List.of("mode " + mode.label().toLowerCase(Locale.ROOT) + ": " + modeWhy));
            var open = new ArrayList<PlacePart>();
            for (var part : places) {
                var place = part.mention().place();
                var leg = part.leg();
                if (leg == Leg.OPEN || leg == Leg.VIA) {
                    leg = supplierCode.equals(place.countryCode()) ? Leg.LOADING
                            : recipientCode.equals(place.countryCode()) ? Leg.DISCHARGE : leg;
                    if (leg != part.leg()) {
                        part = new PlacePart(part.mention(), leg, "a port of " + (leg == Leg.LOADING ? "the supplier" : "the recipient")
                                + (part.leg() == Leg.VIA ? ", passed through" : ""));
                    }
                }
                if (leg == Leg.OPEN) {
                    open.add(part);
                    continue;
                }
                if (leg == Leg.LOADING && loading == null) {
                    loading = place;
                    reasons.add("loading place " + place.name() + ": " + part.why());
                }
                else if (leg == Leg.DISCHARGE && discharge == null && !place.equals(loading)) {
                    discharge = place;
                    reasons.add("discharge place " + place.name() + ": " + part.why());
                }
                else if ((leg == Leg.CROSSING || leg == Leg.VIA) && crossing == null) {
                    crossing = place;
                    reasons.add("crossing " + place.name() + ": " + part.why());
                }
                else if (leg != Leg.SEA_AREA) {
                    reasons.add("also named: " + place.name());
                }
            }
            for (var part : open) {
                var place = part.mention().place();
                if (loading == null) {
                    loading = place;
                    reasons.add("loading place " + place.name() + ": the first place named, its part not stated");
                }
                else if (discharge == null && !place.equals(loading)) {
                    discharge = place;
                    reasons.add("discharge place " + place.name() + ": the next place named, its part not stated");
                }
                else {
                    reasons.add("also named: " + place.name());
                }
            }
            if (carrier != null) {
                reasons.add("carrier " + carrier + ": the vessel named in the sentence");
            }
            if (shipToShip && seaArea != null) {
                reasons.add("ship to ship in " + seaArea.name() + (receivingVessel == null ? "" : ", received by " + receivingVessel));
            }
            if (period != null) {
                reasons.add("period " + period.label());
            }
            return new ProposedShipment(mode, loading, discharge, crossing, seaArea, carrier, shipToShip ? receivingVessel : null,
                    shipToShip && seaArea != null, period, sentence, reasons);
        }

    }

    /**
     * The shipment sentence {@code from..to} describes, or null when it names no place of the gazetteer (a leg
     * needs one) and no ship-to-ship transfer at sea.
     */
    @Nullable Read read(Excerpt sentence, int from, int to, List<PlaceMention> places, List<VesselMention> vessels,
            @Nullable Period period) {
        if (places.isEmpty()) {
            return null;
        }
        var parts = new ArrayList<PlacePart>();
        Place seaArea = null;
        int previousEnd = from - 1;
        for (var mention : places) {
            var part = part(mention, previousEnd);
            if (part.leg() == Leg.SEA_AREA && seaArea == null) {
                seaArea = mention.place();
            }
            parts.add(part);
            previousEnd = mention.lastToken();
        }
        boolean shipToShip = shipToShip(from, to) && vessels.size() >= 2 && seaArea != null;
        var mode = mode(from, to, places, vessels);
        boolean moved = !vessels.isEmpty() || mode.worded() || parts.stream().anyMatch(part -> part.leg() != Leg.OPEN
                && part.leg() != Leg.SEA_AREA);
        if (!moved) {
            // "Defence Minister Sergei Shoigu visited Wonsan": a place named, but nothing said to move through it.
            return null;
        }
        var carrier = mode.mode() == TransportMode.SEA && !vessels.isEmpty() ? vessels.getFirst().name() : null;
        var receiving = shipToShip ? vessels.get(1).name() : null;
        return new Read(mode.mode(), mode.why(), parts, carrier, receiving, shipToShip, seaArea, period, sentence);
    }

    private PlacePart part(PlaceMention mention, int previousEnd) {
        var kind = mention.place().kind();
        if (kind == PlaceKind.RAIL_CROSSING || kind == PlaceKind.ROAD_CROSSING) {
            return new PlacePart(mention, Leg.CROSSING, "a " + kind.label().toLowerCase(Locale.ROOT));
        }
        if (kind == PlaceKind.SEA_AREA) {
            return new PlacePart(mention, Leg.SEA_AREA, "a sea area");
        }
        for (int k = mention.firstToken() - 1; k > previousEnd && k >= mention.firstToken() - CUE_DISTANCE; k--) {
            var word = tokens.get(k).lower();
            if (word.equals(";")) {
                break;
            }
            var cue = "\u201C" + tokens.get(k).text() + "\u201D";
            if ((LOADING_WORDS.contains(word) || DISCHARGE_WORDS.contains(word) || VIA_WORDS.contains(word))
                    && aboutPeople(k)) {
                break;
            }
            if (LOADING_WORDS.contains(word)) {
                return new PlacePart(mention, Leg.LOADING, cue);
            }
            if (DISCHARGE_WORDS.contains(word)) {
                return new PlacePart(mention, Leg.DISCHARGE, cue);
            }
            if (VIA_WORDS.contains(word)) {
                return new PlacePart(mention, Leg.VIA, cue);
            }
        }
        return new PlacePart(mention, Leg.OPEN, "its part not stated");
    }

    /** @param worded whether words of the sentence say it ("by rail", "trains", "tanker"), not only a place's kind */
    private record Mode(TransportMode mode, String why, boolean worded) {
    }

    /** "flew to", "a delegation from", "a visit to": people travelling, not goods moving. */
    private boolean aboutPeople(int cue) {
        for (int k = cue; k >= Math.max(0, cue - 3); k--) {
            if (Cues.BLOCKERS.contains(tokens.get(k).lower()) && !tokens.get(k).is("flight") && !tokens.get(k).is("flights")) {
                return true;
            }
        }
        return false;
    }

    /** "by rail" first, then the first word of a mode, then the kinds of the places, then a vessel named. */
    private Mode mode(int from, int to, List<PlaceMention> places, List<VesselMention> vessels) {
        for (int k = from; k + 1 < to; k++) {
            if (tokens.get(k).is("by")) {
                var next = tokens.get(k + 1).lower();
                var explicit = next.equals("rail") || next.equals("train") ? TransportMode.RAIL : next.equals("air")
                        ? TransportMode.AIR : next.equals("road") || next.equals("truck") ? TransportMode.ROAD
                        : next.equals("sea") || next.equals("ship") ? TransportMode.SEA : null;
                if (explicit != null) {
                    return new Mode(explicit, "\u201Cby " + tokens.get(k + 1).text() + "\u201D", true);
                }
            }
        }
        for (int k = from; k < to; k++) {
            var word = tokens.get(k).lower();
            var cue = "\u201C" + tokens.get(k).text() + "\u201D";
            if (RAIL_WORDS.contains(word)) {
                return new Mode(TransportMode.RAIL, cue, true);
            }
            if (AIR_WORDS.contains(word)) {
                return new Mode(TransportMode.AIR, cue, true);
            }
            if (ROAD_WORDS.contains(word)) {
                return new Mode(TransportMode.ROAD, cue, true);
            }
            if (VesselFinder.VESSEL_NOUNS.contains(word) || VesselFinder.VESSEL_PLURALS.contains(word)
                    || SEA_WORDS.contains(word)) {
                return new Mode(TransportMode.SEA, cue, true);
            }
        }
        for (var mention : places) {
            var kind = mention.place().kind();
            var why = mention.place().name() + " is a " + kind.label().toLowerCase(Locale.ROOT);
            switch (kind) {
                case RAIL_CROSSING -> {
                    return new Mode(TransportMode.RAIL, why, false);
                }
                case ROAD_CROSSING -> {
                    return new Mode(TransportMode.ROAD, why, false);
                }
                case AIRFIELD -> {
                    return new Mode(TransportMode.AIR, why, false);
                }
                default -> {
                }
            }
        }
        return new Mode(TransportMode.SEA, vessels.isEmpty() ? places.getFirst().place().name() + " is a "
                + places.getFirst().place().kind().label().toLowerCase(Locale.ROOT) : "a vessel is named", false);
    }

    /** "ship-to-ship", "STS", "transshipped": a transfer between two vessels at sea. */
    private boolean shipToShip(int from, int to) {
        for (int k = from; k < to; k++) {
            var token = tokens.get(k);
            if (token.text().equals("STS") || token.lower().startsWith("transship") || token.lower().startsWith("tranship")) {
                return true;
            }
            if (k + 4 < to && token.is("ship") && tokens.get(k + 1).is("-") && tokens.get(k + 2).is("to")
                    && tokens.get(k + 3).is("-") && tokens.get(k + 4).is("ship")) {
                return true;
            }
        }
        return false;
    }

}
