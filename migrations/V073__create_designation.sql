-- A designation: a person, entity or vessel that a sanctions list names, as the list's source
-- publishes it. The UN Security Council's Consolidated List is the first source; a source's own
-- identifiers are kept (the UN's DATAID and VERSIONNUM) so that a later import recognises the
-- entry. An entry that leaves the list is not deleted: it keeps the date it was delisted.
create table designation (
    id                    bigint generated always as identity primary key,
    source                text    not null,
    reference             text    not null,
    kind                  text    not null,
    issuer_code           text    not null references sanctions_issuer (code),
    -- The programme as the source names it (UN_LIST_TYPE, an SDN program, an EU regime), and our
    -- regime where we know it.
    programme             text    not null,
    regime_code           text references sanctions_regime (code),
    primary_name          text    not null,
    original_script_name  text,
    listed_on             date,
    amended_on            date[]  not null default '{}',
    delisted_on           date,
    narrative             text,
    source_entry_id       text,
    source_entry_version  integer,
    version               integer not null default 0,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now(),
    constraint designation_reference_unique unique (source, reference),
    constraint designation_source_format check (source ~ '^[A-Z]{2,10}$'),
    constraint designation_reference_not_blank check (length(btrim(reference)) between 1 and 100),
    constraint designation_kind_valid check (kind in ('individual', 'entity', 'vessel')),
    constraint designation_primary_name_not_blank check (length(btrim(primary_name)) between 1 and 1000)
);

create index designation_by_regime on designation (regime_code);
