-- The dashboard's routes over a million shipments are read from these tallies, not from the shipments. As the
-- transfers' tallies (V023): triggers insert signed deltas in the same transaction as the change they count,
-- readers sum them, and shipment_tally_compact() folds them. They count under the review state of each
-- shipment's transfer, so that viewers' maps hold published transfers only.

-- Shipments by review state, places (loading, crossing, discharge: any may be unknown) and mode.
create table shipment_route_tally (
    review_state       text    not null,
    loading_place_id   bigint,
    crossing_place_id  bigint,
    discharge_place_id bigint,
    mode               text    not null,
    shipments          integer not null
);

-- Transfers by review state with a shipment loaded, discharged or crossing at a place: each transfer once per
-- place, however many of its shipments are there, as the list's place filter counts them.
create table shipment_place_tally (
    review_state text    not null,
    place_id     bigint  not null,
    transfers    integer not null
);

-- What the tallies need of a shipment: a small row, not the shipment with its notes.
create type shipment_tally_row as (
    id                 bigint,
    transfer_id        bigint,
    mode               text,
    loading_place_id   bigint,
    crossing_place_id  bigint,
    discharge_place_id bigint
);

create function shipment_tally_fields(s shipment) returns shipment_tally_row
language sql immutable as $$
    select row(s.id, s.transfer_id, s.mode, s.loading_place_id, s.crossing_place_id,
               s.discharge_place_id)::shipment_tally_row;
$$;

-- Counts the shipments the statement added and took away: each route by its shipments; each place by whether
-- the transfer has a shipment there now and had one before. The shipments are read as they are after the
-- statement, so a transfer's occurrences at a place before are those now, less the added, plus the removed.
-- Shipments of a transfer being deleted find no transfer here: the transfer's delete trigger counted them.
create function shipment_tally_change(added shipment_tally_row[], removed shipment_tally_row[]) returns void
language sql as $$
    insert into shipment_route_tally (review_state, loading_place_id, crossing_place_id, discharge_place_id, mode,
                                      shipments)
    select t.review_state, c.loading_place_id, c.crossing_place_id, c.discharge_place_id, c.mode, sum(c.delta)
    from (select a.*, 1 as delta from unnest(added) a
          union all
          select r.*, -1 from unnest(removed) r) c
    join transfer t on t.id = c.transfer_id
    group by 1, 2, 3, 4, 5
    having sum(c.delta) <> 0;

    with occurrence as (
        select c.transfer_id, p.place_id, c.delta
        from (select a.*, 1 as delta from unnest(added) a
              union all
              select r.*, -1 from unnest(removed) r) c
        cross join lateral (values (c.loading_place_id), (c.crossing_place_id), (c.discharge_place_id)) p (place_id)
        where p.place_id is not null
    ), net as (
        select transfer_id, place_id, sum(delta) as delta from occurrence group by 1, 2 having sum(delta) <> 0
    ), counted as (
        select t.review_state, net.place_id, now.occurrences > 0 as there_now,
               now.occurrences - net.delta > 0 as there_before
        from net
        join transfer t on t.id = net.transfer_id
        cross join lateral (select count(*) filter (where s.loading_place_id = net.place_id)
                                   + count(*) filter (where s.crossing_place_id = net.place_id)
                                   + count(*) filter (where s.discharge_place_id = net.place_id) as occurrences
                            from shipment s where s.transfer_id = net.transfer_id) now
    )
    insert into shipment_place_tally (review_state, place_id, transfers)
    select review_state, place_id, sum(case when there_now then 1 else -1 end)
    from counted
    where there_now <> there_before
    group by 1, 2
    having sum(case when there_now then 1 else -1 end) <> 0;
$$;

-- Adds (direction 1) or takes away (-1) all the shipments of these transfers, under the review state given.
create function shipment_tally_of_transfers(changed transfer_tally_row[], direction integer) returns void
language sql as $$
    insert into shipment_route_tally (review_state, loading_place_id, crossing_place_id, discharge_place_id, mode,
                                      shipments)
    select c.review_state, s.loading_place_id, s.crossing_place_id, s.discharge_place_id, s.mode, direction * count(*)
    from unnest(changed) c
    join shipment s on s.transfer_id = c.id
    group by 1, 2, 3, 4, 5;

    insert into shipment_place_tally (review_state, place_id, transfers)
    select c.review_state, p.place_id, direction * count(distinct c.id)
    from unnest(changed) c
    join shipment s on s.transfer_id = c.id
    cross join lateral (values (s.loading_place_id), (s.crossing_place_id), (s.discharge_place_id)) p (place_id)
    where p.place_id is not null
    group by 1, 2;
$$;

create function shipment_tally_on_insert() returns trigger
language plpgsql as $$
begin
    perform shipment_tally_change(array(select shipment_tally_fields(n) from new_shipments n), '{}');
    return null;
end;
$$;

-- Most saves of a shipment change its dates, quantity or notes only; the set difference (as V043's) says so in
-- linear time.
create function shipment_tally_on_update() returns trigger
language plpgsql as $$
begin
    if exists (select o.id, o.transfer_id, o.mode, o.loading_place_id, o.crossing_place_id, o.discharge_place_id
               from old_shipments o
               except
               select n.id, n.transfer_id, n.mode, n.loading_place_id, n.crossing_place_id, n.discharge_place_id
               from new_shipments n) then
        perform shipment_tally_change(array(select shipment_tally_fields(n) from new_shipments n),
                                      array(select shipment_tally_fields(o) from old_shipments o));
    end if;
    return null;
end;
$$;

create function shipment_tally_on_delete() returns trigger
language plpgsql as $$
begin
    perform shipment_tally_change('{}', array(select shipment_tally_fields(o) from old_shipments o));
    return null;
end;
$$;

create trigger shipment_tally_insert after insert on shipment
    referencing new table as new_shipments for each statement execute function shipment_tally_on_insert();
create trigger shipment_tally_update after update on shipment
    referencing old table as old_shipments new table as new_shipments
    for each statement execute function shipment_tally_on_update();
create trigger shipment_tally_delete after delete on shipment
    referencing old table as old_shipments for each statement execute function shipment_tally_on_delete();

-- A transfer published, retracted or sent back to draft moves its shipments to its new review state.
create function shipment_tally_on_transfer_update() returns trigger
language plpgsql as $$
begin
    if exists (select o.id, o.review_state from old_transfers o
               except
               select n.id, n.review_state from new_transfers n) then
        perform shipment_tally_of_transfers(array(select transfer_tally_fields(o) from old_transfers o), -1);
        perform shipment_tally_of_transfers(array(select transfer_tally_fields(n) from new_transfers n), 1);
    end if;
    return null;
end;
$$;

-- Row by row and before the delete: the cascade removes the shipments, and then their transfer is gone.
create function shipment_tally_on_transfer_delete() returns trigger
language plpgsql as $$
begin
    perform shipment_tally_of_transfers(array[transfer_tally_fields(old)], -1);
    return old;
end;
$$;

create trigger shipment_tally_transfer_update after update on transfer
    referencing old table as old_transfers new table as new_transfers
    for each statement execute function shipment_tally_on_transfer_update();
create trigger shipment_tally_transfer_delete before delete on transfer
    for each row execute function shipment_tally_on_transfer_delete();

-- Folds each tally's deltas into one row per key; rows inserted meanwhile by other transactions are not in this
-- statement's snapshot and stay as they are.
create function shipment_tally_compact() returns void
language sql as $$
    with folded as (delete from shipment_route_tally returning *)
    insert into shipment_route_tally (review_state, loading_place_id, crossing_place_id, discharge_place_id, mode,
                                      shipments)
    select review_state, loading_place_id, crossing_place_id, discharge_place_id, mode, sum(shipments)
    from folded group by 1, 2, 3, 4, 5 having sum(shipments) <> 0;

    with folded as (delete from shipment_place_tally returning *)
    insert into shipment_place_tally (review_state, place_id, transfers)
    select review_state, place_id, sum(transfers) from folded group by 1, 2 having sum(transfers) <> 0;
$$;

-- The shipments recorded before this migration.
select shipment_tally_of_transfers(array(select transfer_tally_fields(t) from transfer t
                                         where exists (select 1 from shipment s where s.transfer_id = t.id)), 1);
