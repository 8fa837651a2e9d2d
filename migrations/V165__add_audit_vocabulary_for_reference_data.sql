-- Reference data staff keep (aliases of states, keywords of categories) and an administrator's password reset
-- are audited.
insert into audit_entity_type (name) values ('country_alias'), ('category_keyword');
insert into audit_action (name) values ('reset_password');
