-- An analyst's correction of a published transfer's evidence returns the transfer to draft for review again.
insert into audit_action (name) values ('unpublish');
