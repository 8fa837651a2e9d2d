-- When each periodic job (tally folding, login-attempt clean-up, the UN list fetch) last started, on any
-- node: with several nodes on one database, a node runs a job only if it can claim it, so that it runs
-- once per period rather than once per node.
create table scheduled_job (
    name            text        primary key,
    last_started_at timestamptz not null,
    last_started_by text        not null,
    constraint scheduled_job_name_length check (length(name) between 1 and 100),
    constraint scheduled_job_started_by_length check (length(last_started_by) between 1 and 200)
);
