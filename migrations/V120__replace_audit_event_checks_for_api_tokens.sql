-- API tokens are audited: their creation and their revocation, an action of its own.
alter table audit_event
    drop constraint audit_event_entity_type_valid,
    add constraint audit_event_entity_type_valid check (entity_type in ('transfer', 'source', 'claim_link',
        'sanctions_link', 'sanctions_provision', 'sanctions_instrument', 'sanctions_issuer', 'country', 'category',
        'app_user', 'import', 'designation_list', 'party', 'transfer_party', 'party_claim',
        'party_designation_match', 'shipment', 'shipment_claim', 'place', 'api_token')),
    drop constraint audit_event_action_valid,
    add constraint audit_event_action_valid check (action in ('create', 'update', 'delete', 'publish', 'retract',
        'import', 'login', 'logout', 'retire', 'restore', 'merge', 'confirm', 'reject', 'recheck', 'revoke'));
