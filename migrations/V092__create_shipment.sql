-- One leg of a transfer: when (a period with precision, as a transfer's), by which mode, on which carrier (a
-- vessel, or another party for rail, air and road), from the place of loading to the place of discharge, or
-- through a crossing; the quantity moved on that leg. A ship-to-ship transfer is a sea leg between two vessels
-- (carrier and receiving_vessel) at a position at sea, with no port. Rules that need the carrier's kind (a
-- vessel carries only sea legs) are the application's; the ones the row itself can state are here.
create table shipment (
    id                    bigint generated always as identity primary key,
    transfer_id           bigint        not null references transfer (id) on delete cascade,
    mode                  text          not null,
    ship_to_ship          boolean       not null default false,
    period_start          date,
    period_end            date,
    period_precision      text,
    carrier_party_id      bigint references party (id),
    receiving_vessel_id   bigint references party (id),
    loading_place_id      bigint references place (id),
    discharge_place_id    bigint references place (id),
    crossing_place_id     bigint references place (id),
    position_latitude     numeric(8, 5),
    position_longitude    numeric(8, 5),
    quantity_low          numeric(20, 2),
    quantity_high         numeric(20, 2),
    quantity_unit         text,
    quantity_estimate     boolean       not null default false,
    notes                 text,
    created_by            bigint        not null references app_user (id),
    created_at            timestamptz   not null default now(),
    updated_by            bigint        not null references app_user (id),
    updated_at            timestamptz   not null default now(),
    version               integer       not null default 0,
    constraint shipment_mode_valid check (mode in ('sea', 'rail', 'air', 'road')),
    constraint shipment_period_ordered check (period_start <= period_end),
    constraint shipment_period_complete check ((period_start is null) = (period_end is null)
        and (period_start is null) = (period_precision is null)),
    constraint shipment_period_precision_valid check (period_precision in ('day', 'month', 'quarter', 'year')),
    constraint shipment_places_differ check (loading_place_id <> discharge_place_id),
    constraint shipment_ship_to_ship_at_sea check (not ship_to_ship or (mode = 'sea' and carrier_party_id is not null
        and receiving_vessel_id is not null and receiving_vessel_id <> carrier_party_id
        and position_latitude is not null and position_longitude is not null)),
    constraint shipment_receiving_vessel_only_ship_to_ship check (ship_to_ship or receiving_vessel_id is null),
    constraint shipment_position_complete check ((position_latitude is null) = (position_longitude is null)),
    constraint shipment_latitude_range check (position_latitude between -90 and 90),
    constraint shipment_longitude_range check (position_longitude between -180 and 180),
    constraint shipment_has_a_place check (ship_to_ship or loading_place_id is not null
        or discharge_place_id is not null or crossing_place_id is not null),
    constraint shipment_quantity_not_negative check (quantity_low >= 0 and quantity_high >= 0),
    constraint shipment_quantity_range_ordered check (quantity_low <= quantity_high),
    constraint shipment_quantity_unit_length check (length(quantity_unit) <= 50),
    constraint shipment_notes_length check (length(notes) <= 4000)
);

create index shipment_by_transfer on shipment (transfer_id, period_start);
create index shipment_by_carrier on shipment (carrier_party_id) where carrier_party_id is not null;
create index shipment_by_receiving_vessel on shipment (receiving_vessel_id) where receiving_vessel_id is not null;
create index shipment_by_loading_place on shipment (loading_place_id) where loading_place_id is not null;
create index shipment_by_discharge_place on shipment (discharge_place_id) where discharge_place_id is not null;
create index shipment_by_crossing_place on shipment (crossing_place_id) where crossing_place_id is not null;
