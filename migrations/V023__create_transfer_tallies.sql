-- The dashboard's figures over a million transfers are read from these tallies, not from the transfers.
-- Triggers keep them exact in the same transaction as the change they count. They only ever INSERT
-- signed deltas (+n / -n) and readers sum them: an upsert into one counter row would make every
-- transaction that records a transfer today wait for any other one (an import) to commit first.
-- A periodic compaction folds the deltas into one row per key.

-- The headline figures: transfers by review state, kind, confidence and whether they have a confirmed
-- sanctions link (a few dozen rows however many transfers there are).
create table transfer_figure_tally (
    review_state text    not null,
    kind         text    not null,
    confidence   text    not null,
    flagged      boolean not null,
    transfers    integer not null
);

-- The matrix and the flow map: transfers by review state, pair and kind.
create table transfer_pair_tally (
    review_state   text        not null,
    supplier_code  varchar(16) not null,
    recipient_code varchar(16) not null,
    kind           text        not null,
    transfers      integer     not null
);

create index transfer_pair_tally_by_pair on transfer_pair_tally (supplier_code, recipient_code);

-- Transfers by the day (UTC) they were recorded, for "new in the last 30 days".
create table transfer_day_tally (
    review_state text    not null,
    recorded_on  date    not null,
    transfers    integer not null
);

create index transfer_day_tally_by_day on transfer_day_tally (recorded_on, review_state);

-- Transfers whose period overlaps each month; a transfer without a known period counts in no month.
create table transfer_month_tally (
    review_state text    not null,
    month        date    not null,
    transfers    integer not null
);

create index transfer_month_tally_by_month on transfer_month_tally (month, review_state);

-- What the tallies need of a transfer: a small row, so that a statement touching a million transfers
-- passes the tallies an array of a million small rows, not of whole transfers with their texts.
create type transfer_tally_row as (
    id             bigint,
    review_state   text,
    supplier_code  varchar(16),
    recipient_code varchar(16),
    kind           text,
    confidence     text,
    created_at     timestamptz,
    period_start   date,
    period_end     date
);

create function transfer_tally_fields(t transfer) returns transfer_tally_row
language sql immutable as $$
    select row(t.id, t.review_state, t.supplier_code, t.recipient_code, t.kind, t.confidence, t.created_at,
               t.period_start, t.period_end)::transfer_tally_row;
$$;

-- Adds (direction 1) or takes away (direction -1) the given transfers from every tally.
create function transfer_tally_add(changed transfer_tally_row[], direction integer) returns void
language sql as $$
    insert into transfer_figure_tally (review_state, kind, confidence, flagged, transfers)
    select review_state, kind, confidence, flagged, direction * count(*)
    from (select c.review_state, c.kind, c.confidence,
                 exists (select 1 from sanctions_link l where l.transfer_id = c.id and l.decision = 'confirmed') as flagged
          from unnest(changed) c) counted
    group by review_state, kind, confidence, flagged;

    insert into transfer_pair_tally (review_state, supplier_code, recipient_code, kind, transfers)
    select c.review_state, c.supplier_code, c.recipient_code, c.kind, direction * count(*)
    from unnest(changed) c
    group by 1, 2, 3, 4;

    insert into transfer_day_tally (review_state, recorded_on, transfers)
    select c.review_state, (c.created_at at time zone 'UTC')::date, direction * count(*)
    from unnest(changed) c
    group by 1, 2;

    insert into transfer_month_tally (review_state, month, transfers)
    select c.review_state, month::date, direction * count(*)
    from unnest(changed) c,
         generate_series(date_trunc('month', c.period_start::timestamp), date_trunc('month', c.period_end::timestamp),
                         interval '1 month') as month
    where c.period_start is not null
    group by 1, 2;
$$;

create function transfer_tally_on_insert() returns trigger
language plpgsql as $$
begin
    perform transfer_tally_add(array(select transfer_tally_fields(n) from new_transfers n), 1);
    return null;
end;
$$;

create function transfer_tally_on_update() returns trigger
language plpgsql as $$
begin
    -- Most saves change text only (and the search document refresh updates every saved row again).
    if exists (select 1 from old_transfers o join new_transfers n on n.id = o.id
               where (o.review_state, o.supplier_code, o.recipient_code, o.kind, o.confidence, o.created_at,
                      o.period_start, o.period_end)
                     is distinct from (n.review_state, n.supplier_code, n.recipient_code, n.kind, n.confidence,
                                       n.created_at, n.period_start, n.period_end)) then
        perform transfer_tally_add(array(select transfer_tally_fields(o) from old_transfers o), -1);
        perform transfer_tally_add(array(select transfer_tally_fields(n) from new_transfers n), 1);
    end if;
    return null;
end;
$$;

-- Row by row and before the delete: the cascade removes the sanctions links before any AFTER trigger
-- could still see whether the transfer was flagged.
create function transfer_tally_on_delete() returns trigger
language plpgsql as $$
begin
    perform transfer_tally_add(array[transfer_tally_fields(old)], -1);
    return old;
end;
$$;

create trigger transfer_tally_insert after insert on transfer
    referencing new table as new_transfers for each statement execute function transfer_tally_on_insert();
create trigger transfer_tally_update after update on transfer
    referencing old table as old_transfers new table as new_transfers
    for each statement execute function transfer_tally_on_update();
create trigger transfer_tally_delete before delete on transfer
    for each row execute function transfer_tally_on_delete();

-- A transfer moves between flagged and not flagged when its first confirmed link appears or its last
-- one goes. Links of a transfer being deleted find no transfer here: the delete trigger counted them.
create function transfer_tally_reflag(confirmed_added bigint[], confirmed_removed bigint[]) returns void
language sql as $$
    with change as (
        select id, sum(delta) as delta
        from (select unnest(confirmed_added) as id, 1 as delta
              union all
              select unnest(confirmed_removed), -1) changes
        group by id
        having sum(delta) <> 0
    ), affected as (
        select t.review_state, t.kind, t.confidence,
               confirmed.now > 0 as flagged_now, confirmed.now - change.delta > 0 as flagged_before
        from change
        join transfer t on t.id = change.id
        cross join lateral (select count(*) as now from sanctions_link l
                            where l.transfer_id = t.id and l.decision = 'confirmed') confirmed
    )
    insert into transfer_figure_tally (review_state, kind, confidence, flagged, transfers)
    select review_state, kind, confidence, flagged, sum(delta)
    from (select review_state, kind, confidence, flagged_now as flagged, 1 as delta
          from affected where flagged_now <> flagged_before
          union all
          select review_state, kind, confidence, flagged_before, -1
          from affected where flagged_now <> flagged_before) moves
    group by review_state, kind, confidence, flagged;
$$;

create function transfer_tally_on_link_insert() returns trigger
language plpgsql as $$
begin
    perform transfer_tally_reflag(array(select transfer_id from new_links where decision = 'confirmed'), '{}');
    return null;
end;
$$;

create function transfer_tally_on_link_update() returns trigger
language plpgsql as $$
begin
    perform transfer_tally_reflag(array(select transfer_id from new_links where decision = 'confirmed'),
                                  array(select transfer_id from old_links where decision = 'confirmed'));
    return null;
end;
$$;

create function transfer_tally_on_link_delete() returns trigger
language plpgsql as $$
begin
    perform transfer_tally_reflag('{}', array(select transfer_id from old_links where decision = 'confirmed'));
    return null;
end;
$$;

create trigger transfer_tally_link_insert after insert on sanctions_link
    referencing new table as new_links for each statement execute function transfer_tally_on_link_insert();
create trigger transfer_tally_link_update after update on sanctions_link
    referencing old table as old_links new table as new_links
    for each statement execute function transfer_tally_on_link_update();
create trigger transfer_tally_link_delete after delete on sanctions_link
    referencing old table as old_links for each statement execute function transfer_tally_on_link_delete();

-- Folds each tally's deltas into one row per key; rows inserted meanwhile by other transactions are
-- not in this statement's snapshot and stay as they are.
create function transfer_tally_compact() returns void
language sql as $$
    with folded as (delete from transfer_figure_tally returning *)
    insert into transfer_figure_tally (review_state, kind, confidence, flagged, transfers)
    select review_state, kind, confidence, flagged, sum(transfers) from folded group by 1, 2, 3, 4
    having sum(transfers) <> 0;

    with folded as (delete from transfer_pair_tally returning *)
    insert into transfer_pair_tally (review_state, supplier_code, recipient_code, kind, transfers)
    select review_state, supplier_code, recipient_code, kind, sum(transfers) from folded group by 1, 2, 3, 4
    having sum(transfers) <> 0;

    with folded as (delete from transfer_day_tally returning *)
    insert into transfer_day_tally (review_state, recorded_on, transfers)
    select review_state, recorded_on, sum(transfers) from folded group by 1, 2 having sum(transfers) <> 0;

    with folded as (delete from transfer_month_tally returning *)
    insert into transfer_month_tally (review_state, month, transfers)
    select review_state, month, sum(transfers) from folded group by 1, 2 having sum(transfers) <> 0;
$$;

-- The transfers recorded before this migration, 100,000 at a time.
do $$
declare
    next_id bigint;
    last_id bigint;
begin
    select min(id), max(id) into next_id, last_id from transfer;
    while next_id <= last_id loop
        perform transfer_tally_add(array(select transfer_tally_fields(t) from transfer t
                                         where t.id >= next_id and t.id < next_id + 100000), 1);
        next_id := next_id + 100000;
    end loop;
end;
$$;

select transfer_tally_compact();
