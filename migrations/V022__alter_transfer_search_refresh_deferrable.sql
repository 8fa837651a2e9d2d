-- A transfer's search document covers its item, designation, notes and the quotes of its claims (V006),
-- kept current by triggers: every claim written rewrote its transfer's row to refresh the document. A
-- bulk import writes each transfer and then its claim, so every transfer was written twice and
-- analysed twice. An import now defers the refresh for its own transaction
-- (set_config('transferwatch.search_refresh', 'deferred', true)): it writes a new transfer's document
-- with the row, from the quote it is about to link (transfer_search_document_of), and refreshes the
-- transfers it changed once (transfer_search_document), before it commits. Other writes work as before.
create function transfer_search_document_of(item text, designation text, notes text, route_notes text,
                                            quotes text) returns tsvector
    language sql
    immutable as
$$
select setweight(to_tsvector('english', coalesce(item, '') || ' ' || coalesce(designation, '')), 'A')
           || setweight(to_tsvector('english', coalesce(notes, '') || ' ' || coalesce(route_notes, '')), 'B')
           || setweight(to_tsvector('english', coalesce(quotes, '')), 'C')
$$;

create function transfer_search_document(transfer_id bigint, item text, designation text, notes text,
                                         route_notes text) returns tsvector
    language sql
    stable as
$$
select transfer_search_document_of(item, designation, notes, route_notes,
                                   (select string_agg(c.quote, ' ')
                                    from claim_link c
                                    where c.transfer_id = transfer_search_document.transfer_id))
$$;

create or replace function transfer_search_document_refresh() returns trigger
    language plpgsql as
$$
begin
    if current_setting('transferwatch.search_refresh', true) = 'deferred' then
        return new;
    end if;
    new.search_document := transfer_search_document(new.id, new.item, new.designation, new.notes, new.route_notes);
    return new;
end
$$;

create or replace function claim_link_refreshes_transfer_search() returns trigger
    language plpgsql as
$$
begin
    if current_setting('transferwatch.search_refresh', true) = 'deferred' then
        return null;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        update transfer set search_document = ''::tsvector where id = old.transfer_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') and (tg_op = 'INSERT' or new.transfer_id <> old.transfer_id) then
        update transfer set search_document = ''::tsvector where id = new.transfer_id;
    end if;
    return null;
end
$$;
