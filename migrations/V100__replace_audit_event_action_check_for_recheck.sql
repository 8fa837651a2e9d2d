-- The re-check of every party against the designations after a list import is one audited action of its own.
alter table audit_event
    drop constraint audit_event_action_valid,
    add constraint audit_event_action_valid check (action in ('create', 'update', 'delete', 'publish', 'retract',
        'import', 'login', 'logout', 'retire', 'restore', 'merge', 'confirm', 'reject', 'recheck'));
