-- An analyst's decision on a provision for a transfer: confirmed (the transfer may breach it) or
-- dismissed (suggested by scope but judged not to apply), with the analyst's note.
create table sanctions_link (
    id           bigint generated always as identity primary key,
    transfer_id  bigint      not null references transfer (id) on delete cascade,
    provision_id bigint      not null references sanctions_provision (id),
    decision     text        not null,
    note         text,
    created_by   bigint      not null references app_user (id),
    created_at   timestamptz not null default now(),
    updated_by   bigint      not null references app_user (id),
    updated_at   timestamptz not null default now(),
    version      integer     not null default 0,
    constraint sanctions_link_decision_valid check (decision in ('confirmed', 'dismissed')),
    constraint sanctions_link_dismissal_has_note check (decision <> 'dismissed' or coalesce(length(btrim(note)), 0) > 0),
    constraint sanctions_link_note_length check (length(note) <= 2000),
    constraint sanctions_link_unique unique (transfer_id, provision_id)
);

create index sanctions_link_by_provision on sanctions_link (provision_id, decision);
