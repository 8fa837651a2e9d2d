-- When each user last opened each list (the Transfers list, the inbox): during a visit, the rows changed since the
-- previous one are marked "New" or "Updated". One row per user and list, updated as the list is opened.
create table list_visit (
    user_id    bigint      not null references app_user (id) on delete cascade,
    list       text        not null,
    visited_at timestamptz not null,
    primary key (user_id, list),
    constraint list_visit_list_valid check (list in ('transfers', 'inbox'))
);
