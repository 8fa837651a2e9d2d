-- Personal API tokens for the read-only JSON API. Only the SHA-256 hash of a token is stored: the
-- token itself is shown once, when the user creates it. A revoked token stays listed with its dates.
create table api_token (
    id           bigint generated always as identity primary key,
    user_id      bigint      not null references app_user (id) on delete cascade,
    name         text        not null,
    token_hash   text        not null,
    token_prefix text        not null,
    created_at   timestamptz not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz,
    constraint api_token_name_not_blank check (length(btrim(name)) between 1 and 100),
    constraint api_token_hash_format check (token_hash ~ '^[0-9a-f]{64}$'),
    constraint api_token_hash_unique unique (token_hash),
    constraint api_token_prefix_format check (token_prefix ~ '^tw_[A-Za-z0-9_-]{4,8}$')
);

create index api_token_by_user on api_token (user_id, created_at);
