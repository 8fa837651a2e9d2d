package org.transferwatch.support;

import static org.transferwatch.db.Tables.APP_USER;
import static org.transferwatch.db.Tables.DESIGNATION;
import static org.transferwatch.db.Tables.PARTY;
import static org.transferwatch.db.Tables.PARTY_DESIGNATION_MATCH;
import static org.transferwatch.db.Tables.PARTY_IDENTIFIER;
import static org.transferwatch.db.Tables.PARTY_NAME;
import static org.transferwatch.db.Tables.PLACE;
import static org.transferwatch.db.Tables.SHIPMENT;
import static org.transferwatch.db.Tables.TRANSFER_PARTY;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.jooq.DSLContext;
import org.jooq.InsertSetMoreStep;
import org.jspecify.annotations.Nullable;
import org.transferwatch.db.tables.records.ShipmentRecord;
import org.transferwatch.party.PartyKind;
import org.transferwatch.place.PlaceKind;
import org.transferwatch.transfer.Period;

/**
 * Rows of the party, place and shipment tables written straight with jOOQ, for tests of what reads them (the
 * filters, the grid, the maps, the briefing): the services that write them belong to other work.
 */
public final class RouteFixtures {

    private final DSLContext dsl;

    private final long userId;

    /** Writes as the demo analyst. */
    public RouteFixtures(DSLContext dsl) {
        this.dsl = dsl;
        this.userId = dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq("analyst")).fetchSingle().value1();
    }

    /** The place of the gazetteer with this name and country, added if the gazetteer does not have it. */
    public long place(String name, PlaceKind kind, @Nullable String countryCode, double latitude, double longitude) {
        var existing = dsl.select(PLACE.ID).from(PLACE)
            .where(PLACE.NAME.eq(name), countryCode == null ? PLACE.COUNTRY_CODE.isNull() : PLACE.COUNTRY_CODE.eq(countryCode))
            .fetchOptional(PLACE.ID);
        if (existing.isPresent()) {
            return existing.get();
        }
        return dsl.insertInto(PLACE)
            .set(PLACE.NAME, name)
            .set(PLACE.KIND, kind.dbValue())
            .set(PLACE.COUNTRY_CODE, countryCode)
            .set(PLACE.LATITUDE, BigDecimal.valueOf(latitude))
            .set(PLACE.LONGITUDE, BigDecimal.valueOf(longitude))
            .set(PLACE.COORDINATE_SOURCE, "Test")
            .set(PLACE.COORDINATE_LICENCE, "CC0")
            .returning(PLACE.ID)
            .fetchSingle()
            .getId();
    }

    /** A party with its name at position 0 and its aliases after it. */
    public long party(PartyKind kind, String name, @Nullable String countryCode, String... aliases) {
        var id = dsl.insertInto(PARTY)
            .set(PARTY.KIND, kind.dbValue())
            .set(PARTY.NAME, name)
            .set(PARTY.COUNTRY_CODE, countryCode)
            .set(PARTY.CREATED_BY, userId)
            .set(PARTY.UPDATED_BY, userId)
            .returning(PARTY.ID)
            .fetchSingle()
            .getId();
        var position = 0;
        for (var each : prepend(name, aliases)) {
            dsl.insertInto(PARTY_NAME).set(PARTY_NAME.PARTY_ID, id).set(PARTY_NAME.POSITION, position++)
                .set(PARTY_NAME.NAME, each).execute();
        }
        return id;
    }

    public void identifier(long partyId, String kind, String value) {
        dsl.insertInto(PARTY_IDENTIFIER).set(PARTY_IDENTIFIER.PARTY_ID, partyId).set(PARTY_IDENTIFIER.KIND, kind)
            .set(PARTY_IDENTIFIER.VALUE, value).execute();
    }

    /** The party in a role in the transfer ("shipper", "end_user"...). */
    public void role(long transferId, long partyId, String role) {
        dsl.insertInto(TRANSFER_PARTY)
            .set(TRANSFER_PARTY.TRANSFER_ID, transferId)
            .set(TRANSFER_PARTY.PARTY_ID, partyId)
            .set(TRANSFER_PARTY.ROLE, role)
            .set(TRANSFER_PARTY.CREATED_BY, userId)
            .set(TRANSFER_PARTY.UPDATED_BY, userId)
            .execute();
    }

    /** A leg of the transfer from, via and to places (any may be null), by a mode ("sea", "rail"...). */
    public long shipment(long transferId, String mode, @Nullable Period period, @Nullable Long carrierId,
            @Nullable Long loadingId, @Nullable Long crossingId, @Nullable Long dischargeId) {
        return shipmentOf(transferId, mode, carrierId)
            .set(SHIPMENT.PERIOD_START, period == null ? null : period.start())
            .set(SHIPMENT.PERIOD_END, period == null ? null : period.end())
            .set(SHIPMENT.PERIOD_PRECISION, period == null ? null : period.precision().dbValue())
            .set(SHIPMENT.LOADING_PLACE_ID, loadingId)
            .set(SHIPMENT.CROSSING_PLACE_ID, crossingId)
            .set(SHIPMENT.DISCHARGE_PLACE_ID, dischargeId)
            .returning(SHIPMENT.ID)
            .fetchSingle()
            .getId();
    }

    /** A ship-to-ship transfer between two vessels at a position at sea, with no place. */
    public long shipToShip(long transferId, long carrierId, long receivingVesselId, double latitude, double longitude) {
        return shipmentOf(transferId, "sea", carrierId)
            .set(SHIPMENT.SHIP_TO_SHIP, true)
            .set(SHIPMENT.RECEIVING_VESSEL_ID, receivingVesselId)
            .set(SHIPMENT.POSITION_LATITUDE, BigDecimal.valueOf(latitude))
            .set(SHIPMENT.POSITION_LONGITUDE, BigDecimal.valueOf(longitude))
            .returning(SHIPMENT.ID)
            .fetchSingle()
            .getId();
    }

    private InsertSetMoreStep<ShipmentRecord> shipmentOf(long transferId, String mode, @Nullable Long carrierId) {
        return dsl.insertInto(SHIPMENT)
            .set(SHIPMENT.TRANSFER_ID, transferId)
            .set(SHIPMENT.MODE, mode)
            .set(SHIPMENT.CARRIER_PARTY_ID, carrierId)
            .set(SHIPMENT.CREATED_BY, userId)
            .set(SHIPMENT.UPDATED_BY, userId);
    }

    /** A designation of the list loaded on start, by its place in reference order. */
    public Designation designation(int index) {
        var row = dsl.select(DESIGNATION.ID, DESIGNATION.REFERENCE).from(DESIGNATION)
            .orderBy(DESIGNATION.REFERENCE).offset(index).limit(1).fetchSingle();
        return new Designation(row.value1(), row.value2());
    }

    public record Designation(long id, String reference) {
    }

    /** The analyst's decision on a match of the party with the designation: "confirmed", "rejected" or "possible". */
    public void match(long partyId, long designationId, String state) {
        var decided = !state.equals("possible");
        dsl.insertInto(PARTY_DESIGNATION_MATCH)
            .set(PARTY_DESIGNATION_MATCH.PARTY_ID, partyId)
            .set(PARTY_DESIGNATION_MATCH.DESIGNATION_ID, designationId)
            .set(PARTY_DESIGNATION_MATCH.BASIS, "identifier")
            .set(PARTY_DESIGNATION_MATCH.SCORE, BigDecimal.ONE)
            .set(PARTY_DESIGNATION_MATCH.MATCHED_NAME, "test")
            .set(PARTY_DESIGNATION_MATCH.STATE, state)
            .set(PARTY_DESIGNATION_MATCH.NOTE, state.equals("rejected") ? "Another company of that name." : null)
            .set(PARTY_DESIGNATION_MATCH.DECIDED_BY, decided ? userId : null)
            .set(PARTY_DESIGNATION_MATCH.DECIDED_AT, decided ? OffsetDateTime.now() : null)
            .execute();
    }

    private static String[] prepend(String first, String[] rest) {
        var all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

}
