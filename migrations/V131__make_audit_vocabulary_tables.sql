-- The audit event's entity types and actions become rows of their own instead of check constraints, so that a
-- feature that audits something new adds a row in its migration rather than replacing one shared constraint
-- (two features replacing it at once would each drop the other's values).
create table audit_entity_type (
    name text primary key
);

create table audit_action (
    name text primary key
);

insert into audit_entity_type (name)
values ('transfer'), ('source'), ('claim_link'), ('sanctions_link'), ('sanctions_provision'),
       ('sanctions_instrument'), ('sanctions_issuer'), ('country'), ('category'), ('app_user'), ('import'),
       ('designation_list'), ('party'), ('transfer_party'), ('party_claim'), ('party_designation_match'),
       ('shipment'), ('shipment_claim'), ('place'), ('api_token');

insert into audit_action (name)
values ('create'), ('update'), ('delete'), ('publish'), ('retract'), ('import'), ('login'), ('logout'),
       ('retire'), ('restore'), ('merge'), ('confirm'), ('reject'), ('recheck'), ('revoke');

alter table audit_event
    drop constraint audit_event_entity_type_valid,
    drop constraint audit_event_action_valid,
    add constraint audit_event_entity_type_valid foreign key (entity_type) references audit_entity_type (name),
    add constraint audit_event_action_valid foreign key (action) references audit_action (name);
