-- The review's events: a comment on a transfer, a draft submitted for review, and sent back with a comment.
insert into audit_entity_type (name) values ('transfer_comment'), ('review_request');

insert into audit_action (name) values ('submit'), ('send_back');
