package org.transferwatch.transfer;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.transferwatch.party.PartySummary;
import org.transferwatch.place.Place;

/**
 * One leg of a transfer as its page shows it: its fields, with its parties and places by name, and its claims.
 *
 * @param version the leg's version, for an edit or a removal
 */
public record ShipmentDetails(long id, long transferId, ShipmentDraft draft, @Nullable PartySummary carrier,
        @Nullable PartySummary receivingVessel, @Nullable Place loading, @Nullable Place crossing,
        @Nullable Place discharge, int version, List<PartClaim> claims) {

    public ShipmentDetails {
        claims = List.copyOf(claims);
    }

    /**
     * Where the leg went, by name: "Rajin → Tumangang–Khasan → Dunai", or for a ship-to-ship transfer its
     * position, "ship to ship at 38.12000° N, 124.50000° E".
     */
    public String route() {
        var places = Stream.of(loading, crossing, discharge).filter(Objects::nonNull).map(Place::name)
            .collect(Collectors.joining(" → "));
        if (!draft.shipToShip() || draft.latitude() == null || draft.longitude() == null) {
            return places;
        }
        var position = "ship to ship at " + degrees(draft.latitude().doubleValue(), "N", "S") + ", "
                + degrees(draft.longitude().doubleValue(), "E", "W");
        return places.isEmpty() ? position : places + " · " + position;
    }

    private static String degrees(double value, String positive, String negative) {
        return String.format(Locale.ENGLISH, "%.5f° %s", Math.abs(value), value < 0 ? negative : positive);
    }

}
