package org.transferwatch.transfer;

import static org.jooq.impl.DSL.arrayAggDistinct;
import static org.jooq.impl.DSL.castNull;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lateral;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.values;
import static org.transferwatch.db.Tables.SHIPMENT;
import static org.transferwatch.db.Tables.SHIPMENT_PLACE_TALLY;
import static org.transferwatch.db.Tables.SHIPMENT_ROUTE_TALLY;
import static org.transferwatch.db.Tables.TRANSFER;
import static org.transferwatch.db.Tables.TRANSFER_PARTY;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Record6;
import org.jooq.Result;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.transferwatch.db.Routines;

/**
 * The SQL over the transfers' parties and shipments for lists, maps and briefings: which transfers involve a
 * party, a vessel or a place (conditions for the filter), and the routes, parties and shipments of the transfers
 * a condition selects, each read in one statement. Parties and places are named by their own features.
 */
@Repository
class TransferRouteRepository {

    private static final String ROUTE = "route";

    /** Not a stored role: the parties query's mark for a ship-to-ship transfer's receiving vessel. */
    private static final String RECEIVING_VESSEL = "receiving_vessel";

    private final DSLContext dsl;

    TransferRouteRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The transfers with a party that meets the condition on its id: in a role, or as a shipment's carrier or
     * receiving vessel: the parts {@link TransferPartyRepository#involvesDesignatedParty} asks of one transfer,
     * here over the three, so that PostgreSQL can start from the few matching parties rather than ask every
     * transfer. As {@code id = any(array(...))}, not {@code id in (...)}: the array is computed once, and the
     * newest page reads the transfer index only at its ids; with IN the planner, which cannot know how few
     * transfers a party has, walked the whole index from the newest transfer to find them
     * (docs/performance.md, Parties (issue 16)).
     */
    static Condition involving(Function<Field<Long>, Condition> party) {
        return TRANSFER.ID.eq(DSL.any(DSL.array(select(TRANSFER_PARTY.TRANSFER_ID).from(TRANSFER_PARTY)
            .where(party.apply(TRANSFER_PARTY.PARTY_ID))
            .unionAll(select(SHIPMENT.TRANSFER_ID).from(SHIPMENT).where(party.apply(SHIPMENT.CARRIER_PARTY_ID)))
            .unionAll(select(SHIPMENT.TRANSFER_ID).from(SHIPMENT).where(party.apply(SHIPMENT.RECEIVING_VESSEL_ID))))));
    }

    /** Each of the transfers with each party it involves (as a party, a carrier or a vessel): (transfer, party). */
    static Select<Record2<Long, Long>> involvedParties(Long[] transferIds) {
        return select(TRANSFER_PARTY.TRANSFER_ID, TRANSFER_PARTY.PARTY_ID).from(TRANSFER_PARTY)
            .where(TRANSFER_PARTY.TRANSFER_ID.eq(DSL.any(transferIds)))
            .union(select(SHIPMENT.TRANSFER_ID, SHIPMENT.CARRIER_PARTY_ID).from(SHIPMENT)
                .where(SHIPMENT.TRANSFER_ID.eq(DSL.any(transferIds)), SHIPMENT.CARRIER_PARTY_ID.isNotNull()))
            .union(select(SHIPMENT.TRANSFER_ID, SHIPMENT.RECEIVING_VESSEL_ID).from(SHIPMENT)
                .where(SHIPMENT.TRANSFER_ID.eq(DSL.any(transferIds)), SHIPMENT.RECEIVING_VESSEL_ID.isNotNull()));
    }

    /** The transfers with a shipment loaded, discharged or crossing at the place. */
    static Condition atPlace(long placeId) {
        return TRANSFER.ID.in(select(SHIPMENT.TRANSFER_ID).from(SHIPMENT)
            .where(SHIPMENT.LOADING_PLACE_ID.eq(placeId)
                .or(SHIPMENT.DISCHARGE_PLACE_ID.eq(placeId))
                .or(SHIPMENT.CROSSING_PLACE_ID.eq(placeId))));
    }

    /** One route's shipments, by the ids of its places. */
    record RouteRow(@Nullable Long from, @Nullable Long via, @Nullable Long to, ShipmentMode mode,
            int shipments) {
    }

    /** How many transfers have a shipment at a place. */
    record PlaceRow(long placeId, int transfers) {
    }

    record RouteRows(List<RouteRow> routes, List<PlaceRow> places) {
    }

    /**
     * The shipments of the selected transfers grouped by (loading, crossing, discharge, mode), and for each place
     * the number of those transfers with a shipment there, in one statement over the shipments read once.
     */
    RouteRows routes(Condition visible) {
        var legs = name("legs").fields("transfer_id", "mode", "loading", "crossing", "discharge")
            .as(select(SHIPMENT.TRANSFER_ID, SHIPMENT.MODE, SHIPMENT.LOADING_PLACE_ID, SHIPMENT.CROSSING_PLACE_ID,
                    SHIPMENT.DISCHARGE_PLACE_ID)
                .from(SHIPMENT)
                .join(TRANSFER).on(TRANSFER.ID.eq(SHIPMENT.TRANSFER_ID))
                .where(visible));
        var transferId = legs.field("transfer_id", Long.class);
        var mode = legs.field("mode", String.class);
        var loading = legs.field("loading", Long.class);
        var crossing = legs.field("crossing", Long.class);
        var discharge = legs.field("discharge", Long.class);
        var at = values(row(loading), row(crossing), row(discharge)).as("at", "place_id");
        var place = at.field("place_id", Long.class);
        var rows = dsl.with(legs)
            .select(inline(ROUTE).as("row_kind"), loading, crossing, discharge, mode, count())
            .from(legs)
            .groupBy(loading, crossing, discharge, mode)
            .unionAll(select(inline("place"), place, castNull(SQLDataType.BIGINT), castNull(SQLDataType.BIGINT),
                    castNull(SQLDataType.CLOB), countDistinct(transferId))
                .from(legs)
                .crossJoin(lateral(at))
                .where(place.isNotNull())
                .groupBy(place))
            .fetch();
        return routeRows(rows);
    }

    /**
     * The same figures for every transfer (or the published ones) from the tallies that triggers keep (V110):
     * the dashboard's map reads a few hundred rows, not every shipment.
     */
    RouteRows tallyRoutes(boolean publishedOnly) {
        var routeReview = publishedOnly ? SHIPMENT_ROUTE_TALLY.REVIEW_STATE.eq(ReviewState.PUBLISHED.dbValue())
                : DSL.noCondition();
        var placeReview = publishedOnly ? SHIPMENT_PLACE_TALLY.REVIEW_STATE.eq(ReviewState.PUBLISHED.dbValue())
                : DSL.noCondition();
        var shipments = sum(SHIPMENT_ROUTE_TALLY.SHIPMENTS).cast(SQLDataType.INTEGER);
        var transfers = sum(SHIPMENT_PLACE_TALLY.TRANSFERS).cast(SQLDataType.INTEGER);
        var rows = dsl.select(inline(ROUTE), SHIPMENT_ROUTE_TALLY.LOADING_PLACE_ID, SHIPMENT_ROUTE_TALLY.CROSSING_PLACE_ID,
                    SHIPMENT_ROUTE_TALLY.DISCHARGE_PLACE_ID, SHIPMENT_ROUTE_TALLY.MODE, shipments)
            .from(SHIPMENT_ROUTE_TALLY)
            .where(routeReview)
            .groupBy(SHIPMENT_ROUTE_TALLY.LOADING_PLACE_ID, SHIPMENT_ROUTE_TALLY.CROSSING_PLACE_ID,
                    SHIPMENT_ROUTE_TALLY.DISCHARGE_PLACE_ID, SHIPMENT_ROUTE_TALLY.MODE)
            .having(sum(SHIPMENT_ROUTE_TALLY.SHIPMENTS).gt(BigDecimal.ZERO))
            .unionAll(select(inline("place"), SHIPMENT_PLACE_TALLY.PLACE_ID, castNull(SQLDataType.BIGINT),
                    castNull(SQLDataType.BIGINT), castNull(SQLDataType.CLOB), transfers)
                .from(SHIPMENT_PLACE_TALLY)
                .where(placeReview)
                .groupBy(SHIPMENT_PLACE_TALLY.PLACE_ID)
                .having(sum(SHIPMENT_PLACE_TALLY.TRANSFERS).gt(BigDecimal.ZERO)))
            .fetch();
        return routeRows(rows);
    }

    /** The rows of both reads: a route's places, mode and shipments, or a place and its transfers. */
    private static RouteRows routeRows(Result<Record6<String, Long, Long, Long, String, Integer>> rows) {
        var routes = new ArrayList<RouteRow>();
        var places = new ArrayList<PlaceRow>();
        for (var r : rows) {
            if (ROUTE.equals(r.value1())) {
                routes.add(new RouteRow(r.value2(), r.value3(), r.value4(), ShipmentMode.fromDb(r.value5()),
                        r.value6()));
            }
            else {
                places.add(new PlaceRow(r.value2(), r.value6()));
            }
        }
        return new RouteRows(routes, places);
    }

    /** Folds the route tallies' deltas into one row per key, so that readers sum few rows. */
    void compactTallies() {
        Routines.shipmentTallyCompact(dsl.configuration());
    }

    /** A party of the selected transfers: its roles in them, in how many it has any, and how many parties in all. */
    record PartyRow(long partyId, List<PartyRole> roles, boolean receivingVessel, int transfers, int total) {
    }

    /**
     * The parties of the selected transfers, in a role or as a shipment's carrier or receiving vessel, designated
     * ones first, then by how many transfers they are in; at most {@code limit}, each row with the total.
     */
    List<PartyRow> parties(Condition visible, Function<Field<Long>, Condition> designated, int limit) {
        var selected = name("selected").fields("id").as(select(TRANSFER.ID).from(TRANSFER).where(visible));
        var selectedId = selected.field("id", Long.class);
        var involved = select(TRANSFER_PARTY.PARTY_ID.as("party_id"), TRANSFER_PARTY.ROLE.as("role"),
                    TRANSFER_PARTY.TRANSFER_ID.as("transfer_id"))
            .from(TRANSFER_PARTY).join(selected).on(TRANSFER_PARTY.TRANSFER_ID.eq(selectedId))
            .unionAll(select(SHIPMENT.CARRIER_PARTY_ID, inline(PartyRole.CARRIER.dbValue()), SHIPMENT.TRANSFER_ID)
                .from(SHIPMENT).join(selected).on(SHIPMENT.TRANSFER_ID.eq(selectedId))
                .where(SHIPMENT.CARRIER_PARTY_ID.isNotNull()))
            .unionAll(select(SHIPMENT.RECEIVING_VESSEL_ID, inline(RECEIVING_VESSEL),
                    SHIPMENT.TRANSFER_ID)
                .from(SHIPMENT).join(selected).on(SHIPMENT.TRANSFER_ID.eq(selectedId))
                .where(SHIPMENT.RECEIVING_VESSEL_ID.isNotNull()))
            .asTable("involved");
        var partyId = involved.field("party_id", Long.class);
        var role = involved.field("role", String.class);
        var transfers = countDistinct(involved.field("transfer_id", Long.class));
        var isDesignated = field(designated.apply(partyId));
        return dsl.with(selected)
            .select(partyId, arrayAggDistinct(role), transfers, count().over())
            .from(involved)
            .groupBy(partyId)
            .orderBy(isDesignated.desc(), transfers.desc(), partyId)
            .limit(limit)
            .fetch(r -> {
                var roles = Arrays.asList(r.value2());
                return new PartyRow(r.value1(), roles.stream().filter(stored -> !stored.equals(RECEIVING_VESSEL))
                    .map(PartyRole::fromDb).sorted().toList(), roles.contains(RECEIVING_VESSEL), r.value3(), r.value4());
            });
    }

    /** A shipment of the selected transfers, by the ids of its parties and places, with how many there are in all. */
    record ShipmentRow(long id, long transferId, String item, String supplierCode, String recipientCode,
            @Nullable Period period, ShipmentMode mode, boolean shipToShip, @Nullable Long carrierId,
            @Nullable Long receivingVesselId, @Nullable Long fromId, @Nullable Long viaId, @Nullable Long toId,
            Quantity quantity, int total) {
    }

    /** The shipments of the selected transfers, latest period first (unknown periods last), at most {@code limit}. */
    List<ShipmentRow> shipments(Condition visible, int limit) {
        var total = count().over().as("total");
        // The selected transfers first, then their shipments by transfer: joined the other way round, PostgreSQL
        // sorted every shipment by period and looked up each one's transfer to keep the pair's (docs/performance.md).
        var selected = name("selected").fields("id", "item", "supplier_code", "recipient_code").asMaterialized(
                select(TRANSFER.ID, TRANSFER.ITEM, TRANSFER.SUPPLIER_CODE, TRANSFER.RECIPIENT_CODE).from(TRANSFER)
                    .where(visible));
        var selectedId = selected.field("id", Long.class);
        var item = selected.field("item", String.class);
        var supplier = selected.field("supplier_code", String.class);
        var recipient = selected.field("recipient_code", String.class);
        return dsl.with(selected).select(SHIPMENT.ID, SHIPMENT.TRANSFER_ID, item, supplier, recipient, SHIPMENT.PERIOD_START, SHIPMENT.PERIOD_END, SHIPMENT.PERIOD_PRECISION,
                    SHIPMENT.MODE, SHIPMENT.SHIP_TO_SHIP, SHIPMENT.CARRIER_PARTY_ID, SHIPMENT.RECEIVING_VESSEL_ID,
                    SHIPMENT.LOADING_PLACE_ID, SHIPMENT.CROSSING_PLACE_ID, SHIPMENT.DISCHARGE_PLACE_ID,
                    SHIPMENT.QUANTITY_LOW, SHIPMENT.QUANTITY_HIGH, SHIPMENT.QUANTITY_UNIT, SHIPMENT.QUANTITY_ESTIMATE,
                    total)
            .from(selected)
            .join(SHIPMENT).on(SHIPMENT.TRANSFER_ID.eq(selectedId))
            .orderBy(SHIPMENT.PERIOD_START.desc().nullsLast(), SHIPMENT.ID.desc())
            .limit(limit)
            .fetch(r -> {
                var precision = r.get(SHIPMENT.PERIOD_PRECISION);
                var period = precision == null ? null : new Period(r.get(SHIPMENT.PERIOD_START),
                        r.get(SHIPMENT.PERIOD_END), PeriodPrecision.fromDb(precision));
                return new ShipmentRow(r.get(SHIPMENT.ID), r.get(SHIPMENT.TRANSFER_ID), r.get(item), r.get(supplier),
                        r.get(recipient), period,
                        ShipmentMode.fromDb(r.get(SHIPMENT.MODE)), r.get(SHIPMENT.SHIP_TO_SHIP),
                        r.get(SHIPMENT.CARRIER_PARTY_ID), r.get(SHIPMENT.RECEIVING_VESSEL_ID),
                        r.get(SHIPMENT.LOADING_PLACE_ID), r.get(SHIPMENT.CROSSING_PLACE_ID),
                        r.get(SHIPMENT.DISCHARGE_PLACE_ID),
                        new Quantity(r.get(SHIPMENT.QUANTITY_LOW), r.get(SHIPMENT.QUANTITY_HIGH),
                                r.get(SHIPMENT.QUANTITY_UNIT), r.get(SHIPMENT.QUANTITY_ESTIMATE)),
                        r.get(total));
            });
    }

}
