-- A user's saved interest: a filtered Transfers list (its URL query as it was), a country pair, a provision, a
-- designation, a party or a single transfer. The target is the query, "PRK/RUS", or the id. Watches go with their
-- user.
create table watch (
    id         bigint generated always as identity primary key,
    user_id    bigint      not null references app_user (id) on delete cascade,
    kind       text        not null,
    target     text        not null,
    name       text        not null,
    paused     boolean     not null default false,
    email_mode text        not null default 'never',
    created_at timestamptz not null default clock_timestamp(),
    version    integer     not null default 0,
    constraint watch_kind_valid check (kind in ('filter', 'pair', 'provision', 'designation', 'party', 'transfer')),
    constraint watch_target_length check (length(target) <= 2000),
    constraint watch_name_not_blank check (length(btrim(name)) between 1 and 200),
    constraint watch_email_mode_valid check (email_mode in ('never', 'immediate', 'daily')),
    constraint watch_unique_per_user unique (user_id, kind, target)
);
