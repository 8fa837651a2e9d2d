package org.transferwatch.transfer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.transferwatch.base.Problem;
import org.transferwatch.base.ValidationException;

/**
 * The editable fields of one leg of a transfer, as a form or an import fills them. {@link #problems()} states,
 * in the user's terms, every rule the leg breaks that needs no look-up; the service adds those that need the
 * parties and places (a vessel on a rail leg, a port as a rail crossing).
 *
 * @param shipToShip a sea leg between two vessels (carrier and receiving vessel) at a position, with no port
 * @param latitude WGS 84 degrees north of the position at sea, where known
 * @param longitude WGS 84 degrees east
 */
public record ShipmentDraft(@Nullable ShipmentMode mode, boolean shipToShip, @Nullable Period period,
        @Nullable Long carrierPartyId, @Nullable Long receivingVesselId, @Nullable Long loadingPlaceId,
        @Nullable Long dischargePlaceId, @Nullable Long crossingPlaceId, @Nullable BigDecimal latitude,
        @Nullable BigDecimal longitude, Quantity quantity, @Nullable String notes) {

    public static final int MAX_NOTES = 4_000;

    private static final BigDecimal NINETY = BigDecimal.valueOf(90);

    private static final BigDecimal ONE_EIGHTY = BigDecimal.valueOf(180);

    /** The fields a problem of a leg belongs to: a form marks its field from the key. */
    public enum Field implements Problem.Field {
        MODE, SHIP_TO_SHIP, PERIOD, CARRIER, RECEIVING_VESSEL, LOADING, DISCHARGE, CROSSING, LATITUDE, LONGITUDE,
        QUANTITY_LOW, QUANTITY_HIGH, UNIT, NOTES
    }

    /** A sea or other leg from one place to another, nothing else known. */
    public static ShipmentDraft between(ShipmentMode mode, @Nullable Long loadingPlaceId, @Nullable Long dischargePlaceId) {
        return new ShipmentDraft(mode, false, null, null, null, loadingPlaceId, dischargePlaceId, null, null, null,
                Quantity.UNKNOWN, null);
    }

    /** Every rule the leg breaks on its own, each with the field it belongs to. */
    public List<Problem> problems() {
        var problems = new ArrayList<Problem>();
        if (mode == null) {
            problems.add(Field.MODE.problem("Choose how the shipment moved: by sea, rail, air or road."));
        }
        if (period != null && period.start().isAfter(period.end())) {
            problems.add(Field.PERIOD.problem("A shipment cannot end before it starts: check its start and end."));
        }
        if (shipToShip) {
            shipToShipProblems(problems);
        }
        else {
            if (receivingVesselId != null) {
                problems.add(Field.RECEIVING_VESSEL.problem(
                        "Only a ship-to-ship transfer has a receiving vessel: mark the leg ship to ship, or leave it empty."));
            }
            if (loadingPlaceId == null && dischargePlaceId == null && crossingPlaceId == null) {
                problems.add(Field.LOADING.problem(
                        "Give at least one place of the leg: where it was loaded, where it was discharged, or the crossing."));
            }
        }
        if (loadingPlaceId != null && loadingPlaceId.equals(dischargePlaceId)) {
            problems.add(Field.DISCHARGE.problem("The place of discharge must differ from the place of loading."));
        }
        if ((latitude == null) != (longitude == null)) {
            problems.add((latitude == null ? Field.LATITUDE : Field.LONGITUDE)
                .problem("Give both the latitude and the longitude of the position, or neither."));
        }
        if (latitude != null && latitude.abs().compareTo(NINETY) > 0) {
            problems.add(Field.LATITUDE.problem("A latitude lies between -90 (south) and 90 (north) degrees."));
        }
        if (longitude != null && longitude.abs().compareTo(ONE_EIGHTY) > 0) {
            problems.add(Field.LONGITUDE.problem("A longitude lies between -180 (west) and 180 (east) degrees."));
        }
        problems.addAll(quantity.problems(Field.QUANTITY_LOW, Field.QUANTITY_HIGH, Field.UNIT));
        if (notes != null && notes.length() > MAX_NOTES) {
            problems.add(Field.NOTES.problem("Notes are limited to " + MAX_NOTES + " characters."));
        }
        return problems;
    }

    private void shipToShipProblems(List<Problem> problems) {
        if (mode != null && mode != ShipmentMode.SEA) {
            problems.add(Field.SHIP_TO_SHIP.problem("A ship-to-ship transfer happens at sea: choose the sea mode."));
        }
        if (carrierPartyId == null || receivingVesselId == null) {
            problems.add((carrierPartyId == null ? Field.CARRIER : Field.RECEIVING_VESSEL).problem(
                    "A ship-to-ship transfer is between two vessels: choose the carrier and the receiving vessel."));
        }
        else if (Objects.equals(carrierPartyId, receivingVesselId)) {
            problems.add(Field.RECEIVING_VESSEL.problem(
                    "A ship-to-ship transfer is between two different vessels: the receiving vessel cannot be the carrier."));
        }
        if (latitude == null && longitude == null) {
            problems.add(Field.LATITUDE.problem(
                    "Give the position at sea of the ship-to-ship transfer: its latitude and longitude."));
        }
    }

    public void validate() {
        var problems = problems();
        if (!problems.isEmpty()) {
            throw ValidationException.of(problems);
        }
    }

}
