-- Saving a briefing is audited: it records what an official was told, with which marking.
insert into audit_entity_type (name) values ('briefing');
