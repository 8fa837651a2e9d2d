-- The reason given for a retraction is shown with the transfer; like the other notes it has a limit, which
-- the application states (TransferService.MAX_REVIEW_NOTE) before the database has to refuse anything.
alter table transfer add constraint transfer_review_note_length check (length(review_note) <= 2000);
