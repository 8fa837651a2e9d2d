-- The catalogue's changes are audited: issuers join the entity types, and retiring or restoring an issuer,
-- instrument or provision are actions of their own. An import of a designations list is one event of its
-- own entity type, told apart from an import of transfers.
alter table audit_event
    drop constraint audit_event_entity_type_valid,
    add constraint audit_event_entity_type_valid check (entity_type in ('transfer', 'source', 'claim_link',
        'sanctions_link', 'sanctions_provision', 'sanctions_instrument', 'sanctions_issuer', 'country', 'category',
        'app_user', 'import', 'designation_list')),
    drop constraint audit_event_action_valid,
    add constraint audit_event_action_valid check (action in ('create', 'update', 'delete', 'publish', 'retract',
        'import', 'login', 'logout', 'retire', 'restore'));
