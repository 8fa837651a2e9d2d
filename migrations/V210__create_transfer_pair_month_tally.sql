-- The country-pair page's timeline over a million transfers is read from this tally, not from the transfers:
-- month by month, how many transfers of each pair (one direction) have a period overlapping it. Kept exactly as
-- the other tallies of V023: the same triggers insert signed deltas in the same transaction as the change,
-- readers sum them, transfer_tally_compact() folds them. A transfer without a known period counts in no month.
create table transfer_pair_month_tally (
    review_state   text        not null,
    supplier_code  varchar(16) not null,
    recipient_code varchar(16) not null,
    month          date        not null,
    transfers      integer     not null
);

create index transfer_pair_month_tally_by_pair on transfer_pair_month_tally (supplier_code, recipient_code, month);

-- As V023's, with the pair's months beside the months of all transfers: both from one pass over the periods.
create or replace function transfer_tally_add(changed transfer_tally_row[], direction integer) returns void
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

    with pair_month as (
        select c.review_state, c.supplier_code, c.recipient_code, month::date as month, count(*) as transfers
        from unnest(changed) c,
             generate_series(date_trunc('month', c.period_start::timestamp), date_trunc('month', c.period_end::timestamp),
                             interval '1 month') as month
        where c.period_start is not null
        group by 1, 2, 3, 4
    ), months as (
        insert into transfer_month_tally (review_state, month, transfers)
        select review_state, month, direction * sum(transfers) from pair_month group by 1, 2
    )
    insert into transfer_pair_month_tally (review_state, supplier_code, recipient_code, month, transfers)
    select review_state, supplier_code, recipient_code, month, direction * transfers from pair_month;
$$;

create or replace function transfer_tally_compact() returns void
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

    with folded as (delete from transfer_pair_month_tally returning *)
    insert into transfer_pair_month_tally (review_state, supplier_code, recipient_code, month, transfers)
    select review_state, supplier_code, recipient_code, month, sum(transfers) from folded group by 1, 2, 3, 4
    having sum(transfers) <> 0;
$$;

-- The transfers recorded before this migration, in one set-based pass.
insert into transfer_pair_month_tally (review_state, supplier_code, recipient_code, month, transfers)
select t.review_state, t.supplier_code, t.recipient_code, month::date, count(*)
from transfer t,
     generate_series(date_trunc('month', t.period_start::timestamp), date_trunc('month', t.period_end::timestamp),
                     interval '1 month') as month
where t.period_start is not null
group by 1, 2, 3, 4;
