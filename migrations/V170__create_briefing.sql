-- A saved briefing: the scope it was built for, its title, protective marking and the author's key judgements,
-- so that it can be re-generated later with the same scope and compared with the one handed out.
create table briefing (
    id             bigint generated always as identity primary key,
    title          text        not null,
    marking        text        not null,
    key_judgements text        not null default '',
    country_a      text        not null references country (code),
    country_b      text        not null references country (code),
    direction      text        not null,
    period_from    date,
    period_to      date,
    kinds          text[]      not null default '{}',
    include_drafts boolean     not null default false,
    created_by     bigint      not null references app_user (id),
    created_at     timestamptz not null default now(),
    constraint briefing_title_length check (length(btrim(title)) between 1 and 200),
    constraint briefing_marking_length check (length(btrim(marking)) between 1 and 60),
    constraint briefing_key_judgements_length check (length(key_judgements) <= 8000),
    constraint briefing_pair_distinct check (country_a <> country_b),
    constraint briefing_direction_valid check (direction in ('both', 'a_to_b', 'b_to_a')),
    constraint briefing_period_ordered check (period_from is null or period_to is null or period_from <= period_to),
    constraint briefing_kinds_valid check (kinds <@ array['arms', 'raw_material', 'dual_use']::text[])
);

create index briefing_by_created_at on briefing (created_at desc);
