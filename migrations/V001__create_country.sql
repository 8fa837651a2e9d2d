-- States and other actors that supply or receive goods. ISO 3166-1 alpha-3 codes for current
-- states, ISO 3166-3 four-letter codes for historical ones, and "X-" codes of our own for non-state
-- actors, international organisations and "unknown", which real registers contain.
create table country (
    code       varchar(16) primary key,
    name       text        not null,
    kind       text        not null,
    iso_alpha2 char(2),
    version    integer     not null default 0,
    constraint country_code_format check (code ~ '^([A-Z]{3}|[A-Z]{4}|X-[A-Z0-9-]{2,13})$'),
    constraint country_kind_valid check (kind in ('state', 'historical_state', 'non_state_actor',
                                                  'international_organisation', 'unknown')),
    constraint country_name_not_blank check (length(btrim(name)) between 1 and 200),
    constraint country_name_unique unique (name),
    constraint country_iso_alpha2_format check (iso_alpha2 ~ '^[A-Z]{2}$')
);

-- Every name by which reporting refers to a country: official and short names, abbreviations,
-- capitals and government metonyms ("the Kremlin"), demonyms ("North Korean") and the names
-- that registers such as SIPRI's use ("Soviet Union", "Hamas (Palestine)*").
create table country_alias (
    id               bigint generated always as identity primary key,
    country_code     varchar(16) not null references country (code) on delete cascade,
    alias            text        not null,
    alias_kind       text        not null,
    normalised_alias text generated always as (lower(btrim(alias))) stored,
    constraint country_alias_kind_valid check (alias_kind in ('name', 'abbreviation', 'iso_code', 'capital',
                                                              'metonym', 'demonym', 'register_name')),
    constraint country_alias_not_blank check (length(btrim(alias)) between 1 and 200),
    constraint country_alias_unique_per_country unique (country_code, normalised_alias)
);

create index country_alias_by_prefix on country_alias (normalised_alias text_pattern_ops);
