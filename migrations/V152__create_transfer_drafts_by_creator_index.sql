-- An analyst's own queue lists the drafts they created, newest first: among a million transfers, read only theirs.
create index transfer_drafts_by_creator on transfer (created_by, id) where review_state = 'draft';
