-- The update trigger of V023 asked whether any tallied field changed by joining the statement's old rows to
-- its new rows on id. The transition tables carry no statistics, and PostgreSQL joined them in a nested loop:
-- a statement updating n transfers without touching a tallied field (a search-document refresh, an import's
-- chunk of 10,000 text changes) compared n x n rows. A set difference of the tallied fields, ids included, is
-- empty exactly when nothing tallied changed (EXCEPT treats nulls as equal, as IS DISTINCT FROM does), and
-- PostgreSQL computes it by hashing or sorting: linear or n log n.
create or replace function transfer_tally_on_update() returns trigger
language plpgsql as $$
begin
    if exists (select o.id, o.review_state, o.supplier_code, o.recipient_code, o.kind, o.confidence, o.created_at,
                      o.period_start, o.period_end
               from old_transfers o
               except
               select n.id, n.review_state, n.supplier_code, n.recipient_code, n.kind, n.confidence, n.created_at,
                      n.period_start, n.period_end
               from new_transfers n) then
        perform transfer_tally_add(array(select transfer_tally_fields(o) from old_transfers o), -1);
        perform transfer_tally_add(array(select transfer_tally_fields(n) from new_transfers n), 1);
    end if;
    return null;
end;
$$;
