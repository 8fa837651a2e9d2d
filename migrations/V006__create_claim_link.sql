-- A source's claim about a transfer: the quoted passage, whether it supports or disputes the
-- transfer, and its Admiralty grade (source reliability A-F, information credibility 1-6).
create table claim_link (
    id          bigint generated always as identity primary key,
    transfer_id bigint      not null references transfer (id) on delete cascade,
    source_id   bigint      not null references source (id),
    quote       text        not null,
    stance      text        not null,
    reliability char(1)     not null,
    credibility smallint    not null,
    created_by  bigint      not null references app_user (id),
    created_at  timestamptz not null default now(),
    updated_by  bigint      not null references app_user (id),
    updated_at  timestamptz not null default now(),
    version     integer     not null default 0,
    constraint claim_link_quote_not_blank check (length(btrim(quote)) between 1 and 10000),
    constraint claim_link_stance_valid check (stance in ('supports', 'disputes')),
    constraint claim_link_reliability_valid check (reliability in ('A', 'B', 'C', 'D', 'E', 'F')),
    constraint claim_link_credibility_valid check (credibility between 1 and 6),
    constraint claim_link_unique_per_source_and_stance unique (transfer_id, source_id, stance)
);

create index claim_link_by_source on claim_link (source_id);

-- Full-text search covers a transfer's item, designation, notes and the quotes of its claims, so the
-- transfer keeps one tsvector that both its own changes and its claims' changes refresh.
create function transfer_search_document_refresh() returns trigger
    language plpgsql as
$$
begin
    new.search_document :=
            setweight(to_tsvector('english', coalesce(new.item, '') || ' ' || coalesce(new.designation, '')), 'A')
            || setweight(to_tsvector('english', coalesce(new.notes, '') || ' ' || coalesce(new.route_notes, '')), 'B')
            || setweight(to_tsvector('english', coalesce(
                (select string_agg(c.quote, ' ') from claim_link c where c.transfer_id = new.id), '')), 'C');
    return new;
end
$$;

create trigger transfer_search_document_on_change
    before insert or update of item, designation, notes, route_notes, search_document
    on transfer
    for each row
execute function transfer_search_document_refresh();

create function claim_link_refreshes_transfer_search() returns trigger
    language plpgsql as
$$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        update transfer set search_document = ''::tsvector where id = old.transfer_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') and (tg_op = 'INSERT' or new.transfer_id <> old.transfer_id) then
        update transfer set search_document = ''::tsvector where id = new.transfer_id;
    end if;
    return null;
end
$$;

create trigger claim_link_quote_changes_transfer_search
    after insert or update of quote, transfer_id or delete
    on claim_link
    for each row
execute function claim_link_refreshes_transfer_search();
