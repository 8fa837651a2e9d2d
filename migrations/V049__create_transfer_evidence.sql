-- Each transfer's evidence summary, kept by triggers in the same transaction as the claims it sums up: how many
-- sources make a claim about it, how many of those dispute it, and its best claim (supporting before disputing,
-- then by source reliability A-F and information credibility 1-6, then the oldest) with the columns the CSV
-- export shows of it. The export of every transfer grouped all 3,000,000 claims of a million transfers for these
-- and looked the best claim up among them on every run (≈ 6 s of 15 s on the development machine); now it joins
-- one row per transfer. A transfer without claims has no row ("No sources").
--
-- The table is derived data, like the tallies (V023): no foreign keys (the claim triggers delete a row when the
-- last claim of its transfer goes, also when the transfer's deletion cascades to its claims), nothing writes it
-- but the triggers below.
create table transfer_evidence (
    transfer_id   bigint  primary key,
    sources       integer not null,
    disputing     integer not null,
    best_claim_id bigint  not null,
    source_id     bigint  not null,
    stance        text    not null,
    reliability   char(1) not null,
    credibility   smallint not null,
    quote         text    not null
);

-- The summaries as the claims give them, for the refresh below (one transfer's claims) and the first fill (all).
-- A condition on transfer_id reaches the grouped claims, read by the claims' (transfer_id, ...) index.
create view transfer_evidence_from_claims as
select summed.transfer_id, summed.sources, summed.disputing, (summed.best).id as best_claim_id,
       (summed.best).source_id as source_id, (summed.best).stance as stance, (summed.best).reliability as reliability,
       (summed.best).credibility as credibility, (summed.best).quote as quote
from (select c.transfer_id,
             count(distinct c.source_id)::integer as sources,
             count(distinct c.source_id) filter (where c.stance = 'disputes')::integer as disputing,
             (array_agg(c order by c.stance <> 'supports', c.reliability, c.credibility, c.id))[1] as best
      from claim_link c
      group by c.transfer_id) summed;

-- Recomputes the summaries of the given transfers from their claims. The transfers are locked first, in id
-- order: two transactions adding claims to one transfer at the same time would otherwise each write a summary
-- that misses the other's claim. After the lock, each statement below takes a fresh snapshot (READ COMMITTED,
-- the application's level) and so sees the claims of the transaction it waited for. A deleted transfer is not
-- there to lock, and its summary simply goes.
create function transfer_evidence_refresh(changed bigint[]) returns void
    language plpgsql as
$$
begin
    perform 1 from transfer t where t.id in (select unnest(changed)) order by t.id for no key update;

    delete from transfer_evidence e
    where e.transfer_id in (select unnest(changed))
      and not exists (select from claim_link c where c.transfer_id = e.transfer_id);

    insert into transfer_evidence (transfer_id, sources, disputing, best_claim_id, source_id, stance, reliability,
                                   credibility, quote)
    select transfer_id, sources, disputing, best_claim_id, source_id, stance, reliability, credibility, quote
    from transfer_evidence_from_claims
    where transfer_id = any (changed)
    on conflict (transfer_id) do update
        set sources = excluded.sources, disputing = excluded.disputing, best_claim_id = excluded.best_claim_id,
            source_id = excluded.source_id, stance = excluded.stance, reliability = excluded.reliability,
            credibility = excluded.credibility, quote = excluded.quote
        where (transfer_evidence.sources, transfer_evidence.disputing, transfer_evidence.best_claim_id,
               transfer_evidence.source_id, transfer_evidence.stance, transfer_evidence.reliability,
               transfer_evidence.credibility, transfer_evidence.quote)
                  is distinct from (excluded.sources, excluded.disputing, excluded.best_claim_id, excluded.source_id,
                                    excluded.stance, excluded.reliability, excluded.credibility, excluded.quote);
end
$$;

create function transfer_evidence_on_insert() returns trigger
    language plpgsql as
$$
begin
    perform transfer_evidence_refresh(array(select distinct n.transfer_id from new_claims n));
    return null;
end
$$;

-- Only the transfers whose claims really changed, in a column the summary reads, are recomputed; the upsert then
-- writes only the summaries that come out different.
create function transfer_evidence_on_update() returns trigger
    language plpgsql as
$$
begin
    perform transfer_evidence_refresh(array(
        select distinct transfer_id from (
            (select o.transfer_id, o.source_id, o.stance, o.reliability, o.credibility, o.quote, o.id from old_claims o
             except
             select n.transfer_id, n.source_id, n.stance, n.reliability, n.credibility, n.quote, n.id from new_claims n)
            union all
            (select n.transfer_id, n.source_id, n.stance, n.reliability, n.credibility, n.quote, n.id from new_claims n
             except
             select o.transfer_id, o.source_id, o.stance, o.reliability, o.credibility, o.quote, o.id from old_claims o)
        ) changed));
    return null;
end
$$;

create function transfer_evidence_on_delete() returns trigger
    language plpgsql as
$$
begin
    perform transfer_evidence_refresh(array(select distinct o.transfer_id from old_claims o));
    return null;
end
$$;

-- PostgreSQL allows transition tables on triggers of one event only: three triggers.
create trigger transfer_evidence_insert after insert on claim_link
    referencing new table as new_claims for each statement execute function transfer_evidence_on_insert();
create trigger transfer_evidence_update after update on claim_link
    referencing old table as old_claims new table as new_claims
    for each statement execute function transfer_evidence_on_update();
create trigger transfer_evidence_delete after delete on claim_link
    referencing old table as old_claims for each statement execute function transfer_evidence_on_delete();

-- Nothing truncates claims today; if anything did, no summary would be left standing for the claims it removed.
create function transfer_evidence_on_truncate() returns trigger
    language plpgsql as
$$
begin
    truncate transfer_evidence;
    return null;
end
$$;

create trigger transfer_evidence_truncate after truncate on claim_link
    for each statement execute function transfer_evidence_on_truncate();

-- The claims stored so far, once (some 10 s on 3,000,000 claims).
insert into transfer_evidence (transfer_id, sources, disputing, best_claim_id, source_id, stance, reliability,
                               credibility, quote)
select transfer_id, sources, disputing, best_claim_id, source_id, stance, reliability, credibility, quote
from transfer_evidence_from_claims;

-- Statistics now, not at the next autovacuum: the export plans its joins on them.
analyze transfer_evidence;
