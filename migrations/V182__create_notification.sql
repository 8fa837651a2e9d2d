-- What a watch matched: one row per change event and watch, never two (a matcher restarted mid-way inserts
-- nothing twice). Read and mailed are stamped, so each notification is mailed once.
create table notification (
    id         bigint generated always as identity primary key,
    watch_id   bigint      not null references watch (id) on delete cascade,
    event_id   bigint      not null references change_event (id) on delete cascade,
    user_id    bigint      not null references app_user (id) on delete cascade,
    created_at timestamptz not null default now(),
    read_at    timestamptz,
    mailed_at  timestamptz,
    constraint notification_once_per_event_and_watch unique (event_id, watch_id)
);

create index notification_unread_by_user on notification (user_id, id) where read_at is null;
create index notification_by_watch on notification (watch_id, id);
create index notification_by_age on notification (created_at);
