-- An import defers the search-document refresh for its transaction (V022) and writes each document once,
-- set-based. The row triggers still ran for every transfer and claim it wrote, a PL/pgSQL call each that
-- only found the refresh deferred and returned. The same triggers now hold that test in their WHEN clause,
-- which PostgreSQL evaluates without calling the function; every other write refreshes as before.
drop trigger transfer_search_document_on_change on transfer;
create trigger transfer_search_document_on_change
    before insert or update of item, designation, notes, route_notes, search_document
    on transfer
    for each row
    when (current_setting('transferwatch.search_refresh', true) is distinct from 'deferred')
execute function transfer_search_document_refresh();

drop trigger claim_link_quote_changes_transfer_search on claim_link;
create trigger claim_link_quote_changes_transfer_search
    after insert or update of quote, transfer_id or delete
    on claim_link
    for each row
    when (current_setting('transferwatch.search_refresh', true) is distinct from 'deferred')
execute function claim_link_refreshes_transfer_search();
