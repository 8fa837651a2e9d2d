-- A designation a party may be: found by an identical identifier (basis 'identifier', score 1) or by a name
-- above the similarity threshold (basis 'name', with its score and the name that matched). Nothing is flagged
-- silently: a match is 'possible' until an analyst confirms or rejects it with a note. A re-check against a
-- newer list adds the matches it finds and says on each what changed since (change_note), e.g. that the
-- designation was delisted; it never undoes an analyst's decision.
create table party_designation_match (
    id             bigint generated always as identity primary key,
    party_id       bigint       not null references party (id) on delete cascade,
    designation_id bigint       not null references designation (id),
    basis          text         not null,
    score          numeric(4, 3) not null,
    matched_name   text         not null,
    state          text         not null default 'possible',
    note           text,
    decided_by     bigint references app_user (id),
    decided_at     timestamptz,
    found_at       timestamptz  not null default now(),
    changed_at     timestamptz  not null default now(),
    change_note    text,
    version        integer      not null default 0,
    constraint party_designation_match_unique unique (party_id, designation_id),
    constraint party_designation_match_basis_valid check (basis in ('identifier', 'name')),
    constraint party_designation_match_score_range check (score > 0 and score <= 1),
    constraint party_designation_match_state_valid check (state in ('possible', 'confirmed', 'rejected')),
    constraint party_designation_match_decided check ((state = 'possible') = (decided_at is null)),
    constraint party_designation_match_note_length check (length(note) <= 2000),
    constraint party_designation_match_rejection_has_note check (state <> 'rejected' or length(btrim(note)) > 0)
);

create index party_designation_match_by_designation on party_designation_match (designation_id);
create index party_designation_match_confirmed on party_designation_match (party_id) where state = 'confirmed';
