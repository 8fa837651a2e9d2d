-- A party of one or more transfers beyond the supplier and recipient states: a company, a state body, an armed
-- unit, a person or a vessel. A reusable record: the same shipping company or cargo ship appears in many
-- transfers. country_code is a company's or body's country, a person's nationality, a vessel's current flag
-- (its flag history is in vessel_flag). A party merged into another is kept, pointing at the one kept, so that
-- old links and the audit still resolve.
create table party (
    id           bigint generated always as identity primary key,
    kind         text        not null,
    name         text        not null,
    country_code varchar(16) references country (code),
    notes        text,
    merged_into  bigint references party (id),
    created_by   bigint      not null references app_user (id),
    created_at   timestamptz not null default now(),
    updated_by   bigint      not null references app_user (id),
    updated_at   timestamptz not null default now(),
    version      integer     not null default 0,
    constraint party_kind_valid check (kind in ('company', 'state_body', 'armed_unit', 'person', 'vessel')),
    constraint party_name_not_blank check (length(btrim(name)) between 1 and 300),
    constraint party_notes_length check (length(notes) <= 4000),
    constraint party_not_merged_into_itself check (merged_into <> id)
);

create index party_by_merged_into on party (merged_into) where merged_into is not null;
