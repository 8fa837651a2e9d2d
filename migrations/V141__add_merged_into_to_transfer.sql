-- A transfer found to be the same as another is merged into it: retracted, and it remembers the transfer it was
-- merged into, so that its page and the API lead there.
alter table transfer
    add column merged_into_id bigint references transfer (id),
    add constraint transfer_merged_into_other check (merged_into_id <> id),
    add constraint transfer_merged_is_retracted check (merged_into_id is null or review_state = 'retracted');

-- The few merged transfers, for "was anything merged into this one?" (and the foreign key's check on delete).
create index transfer_by_merged_into on transfer (merged_into_id) where merged_into_id is not null;
