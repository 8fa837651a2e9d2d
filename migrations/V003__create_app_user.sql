-- People who log in. One role each; roles are ordered viewer < analyst < reviewer < admin and each
-- includes the rights of the ones before it.
create table app_user (
    id            bigint generated always as identity primary key,
    username      text        not null,
    display_name  text        not null,
    password_hash text        not null,
    role          text        not null,
    enabled       boolean     not null default true,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    version       integer     not null default 0,
    constraint app_user_username_format check (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
    constraint app_user_username_unique unique (username),
    constraint app_user_display_name_not_blank check (length(btrim(display_name)) between 1 and 200),
    constraint app_user_role_valid check (role in ('viewer', 'analyst', 'reviewer', 'admin'))
);
