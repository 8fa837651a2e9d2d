-- Append-only record of every change: who, when (UTC), which entity, and its state before and
-- after. The triggers refuse UPDATE, DELETE and TRUNCATE for every role, the application's too.
create table audit_event (
    id          bigint generated always as identity primary key,
    occurred_at timestamptz not null default now(),
    actor_id    bigint references app_user (id),
    actor_name  text        not null,
    entity_type text        not null,
    entity_id   text        not null,
    action      text        not null,
    transfer_id bigint,
    before      jsonb,
    after       jsonb,
    constraint audit_event_entity_type_valid check (entity_type in ('transfer', 'source', 'claim_link',
        'sanctions_link', 'sanctions_provision', 'sanctions_instrument', 'country', 'category', 'app_user',
        'import')),
    constraint audit_event_action_valid check (action in ('create', 'update', 'delete', 'publish', 'retract',
                                                          'import', 'login', 'logout'))
);

create index audit_event_by_transfer on audit_event (transfer_id, occurred_at) where transfer_id is not null;
create index audit_event_by_entity on audit_event (entity_type, entity_id, occurred_at);

create function audit_event_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit events are append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_event_refuses_update_and_delete
    before update or delete
    on audit_event
    for each row
execute function audit_event_is_append_only();

create trigger audit_event_refuses_truncate
    before truncate
    on audit_event
    for each statement
execute function audit_event_is_append_only();
