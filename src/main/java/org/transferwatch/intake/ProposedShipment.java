package org.transferwatch.intake;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.transferwatch.place.Place;
import org.transferwatch.transfer.Period;

/**
 * A shipment (a leg) the assistant proposes for a draft transfer, read from one sentence ({@code sentence}): its
 * mode, the places of loading and discharge or the crossing from the gazetteer, the vessel or other carrier named,
 * and the period the sentence gives. A ship-to-ship transfer names the receiving vessel and the sea area where it
 * happened ({@code seaArea}, whose coordinates are the position). {@code reasons} say why each was read so.
 */
public record ProposedShipment(TransportMode mode, @Nullable Place loading, @Nullable Place discharge,
        @Nullable Place crossing, @Nullable Place seaArea, @Nullable String carrier, @Nullable String receivingVessel,
        boolean shipToShip, @Nullable Period period, Excerpt sentence, List<String> reasons) {

    public ProposedShipment {
        reasons = List.copyOf(reasons);
    }

    /** "Sea: Rajin → Dunai, on Angara, September 2023". */
    public String label() {
        var places = new ArrayList<String>();
        if (loading != null) {
            places.add(loading.name());
        }
        if (crossing != null) {
            places.add("via " + crossing.name());
        }
        if (discharge != null) {
            places.add(discharge.name());
        }
        var label = new StringBuilder(mode.label()).append(": ");
        if (shipToShip) {
            label.append("ship to ship").append(seaArea == null ? "" : " in " + seaArea.name());
        }
        else {
            label.append(places.isEmpty() ? (seaArea == null ? "no place" : seaArea.name()) : String.join(" → ", places)
                .replace(" → via ", " via "));
        }
        if (carrier != null) {
            label.append(", on ").append(carrier);
        }
        if (receivingVessel != null) {
            label.append(" to ").append(receivingVessel);
        }
        if (period != null) {
            label.append(", ").append(period.label());
        }
        return label.toString();
    }

}
