-- Every attempt to log in, successful or not: the security log people can query, and what login
-- throttling counts (failures per username and per address in the last minutes). The time comes from
-- the application's clock, not now(), so that throttling and the stored times agree.
create table login_attempt (
    id           bigint generated always as identity primary key,
    attempted_at timestamptz not null,
    username     text        not null,
    address      text        not null,
    outcome      text        not null,
    constraint login_attempt_username_length check (length(username) <= 200),
    constraint login_attempt_address_length check (length(address) between 1 and 100),
    constraint login_attempt_outcome_valid check (outcome in ('success', 'failure', 'throttled'))
);

-- Throttling looks up the recent failures and the last success of one username, and the recent
-- failures from one address.
create index login_attempt_by_username on login_attempt (username, attempted_at);
create index login_attempt_failures_by_address on login_attempt (address, attempted_at) where outcome = 'failure';
