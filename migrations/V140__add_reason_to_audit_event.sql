-- Why a person made a change, where the change asks for one (a claim corrected or removed, a transfer merged or
-- deleted): shown with the change in the transfer's history. Most events have none.
alter table audit_event
    add column reason text,
    add constraint audit_event_reason_length check (length(reason) <= 2000);
