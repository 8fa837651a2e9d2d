-- Sanctions and export-control reference data: who issues measures, the instruments they adopt,
-- and the provisions within them, each with a machine-readable scope the app matches transfers
-- against (targeted state, direction, kinds and, optionally, categories).
create table sanctions_issuer (
    code text primary key,
    name text not null,
    constraint sanctions_issuer_code_format check (code ~ '^[A-Z]{2,10}$'),
    constraint sanctions_issuer_name_not_blank check (length(btrim(name)) between 1 and 200)
);

create table sanctions_instrument (
    id          bigint generated always as identity primary key,
    issuer_code text not null references sanctions_issuer (code),
    short_title text not null,
    title       text,
    adopted_on  date,
    url         text,
    version     integer not null default 0,
    constraint sanctions_instrument_short_title_unique unique (short_title),
    constraint sanctions_instrument_short_title_not_blank check (length(btrim(short_title)) between 1 and 200),
    constraint sanctions_instrument_url_format check (url ~ '^https?://[^\s]+$')
);

create table sanctions_provision (
    id                  bigint generated always as identity primary key,
    instrument_id       bigint      not null references sanctions_instrument (id),
    paragraph           text        not null,
    summary             text        not null,
    url                 text,
    citation_verified   boolean     not null default false,
    target_country_code varchar(16) not null references country (code),
    direction           text        not null,
    kinds               text[]      not null,
    version             integer     not null default 0,
    constraint sanctions_provision_paragraph_unique unique (instrument_id, paragraph),
    constraint sanctions_provision_paragraph_not_blank check (length(btrim(paragraph)) between 1 and 100),
    constraint sanctions_provision_summary_not_blank check (length(btrim(summary)) between 1 and 1000),
    constraint sanctions_provision_url_format check (url ~ '^https?://[^\s]+$'),
    constraint sanctions_provision_direction_valid check (direction in ('exports_from', 'imports_to', 'both')),
    constraint sanctions_provision_kinds_valid check (cardinality(kinds) > 0
        and kinds <@ array ['arms', 'raw_material', 'dual_use']::text[])
);

create index sanctions_provision_by_target on sanctions_provision (target_country_code);

-- A provision with no rows here covers every category of its kinds.
create table sanctions_provision_category (
    provision_id  bigint not null references sanctions_provision (id) on delete cascade,
    category_code text   not null references category (code),
    primary key (provision_id, category_code)
);
