-- The numbers a designation is identified by: a vessel's IMO number, a shipping company's IMO
-- company number, passport, national identity and registration numbers. value is the number as
-- listed; search_value the same with every character other than letters and digits dropped, upper
-- case, for exact look-up ("IMO 9,123,456" = 9123456).
create table designation_identifier (
    id               bigint generated always as identity primary key,
    designation_id   bigint not null references designation (id) on delete cascade,
    position         integer not null,
    kind             text   not null,
    value            text   not null,
    issuing_country  text,
    note             text,
    search_value     text generated always as (upper(regexp_replace(value, '[^[:alnum:]]+', '', 'g'))) stored,
    constraint designation_identifier_position_unique unique (designation_id, position),
    constraint designation_identifier_kind_valid check (kind in ('imo_ship', 'imo_company', 'passport',
                                                                'national_id', 'registration', 'other')),
    constraint designation_identifier_value_not_blank check (length(btrim(value)) between 1 and 200)
);

create index designation_identifier_by_value on designation_identifier (search_value);
