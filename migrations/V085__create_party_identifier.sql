-- The numbers a party is identified by: a vessel's IMO ship number, MMSI and call sign, a company's IMO company
-- number and registration numbers, a UN reference number where the party is itself listed. search_value is the
-- value with everything but letters and digits dropped, upper case: the designations' rule (V075), so that an
-- identical identifier is found by equality. An IMO ship number, an IMO company number or an MMSI belongs to
-- one party record only: a second record with it is the same party, to be merged.
create table party_identifier (
    id           bigint generated always as identity primary key,
    party_id     bigint not null references party (id) on delete cascade,
    kind         text   not null,
    value        text   not null,
    search_value text generated always as (upper(regexp_replace(value, '[^[:alnum:]]+', '', 'g'))) stored,
    constraint party_identifier_kind_valid check (kind in ('imo_ship', 'imo_company', 'mmsi', 'call_sign',
                                                          'registration', 'un_reference')),
    constraint party_identifier_value_not_blank check (length(btrim(value)) between 1 and 100),
    constraint party_identifier_imo_ship_valid check (kind <> 'imo_ship' or imo_ship_number_valid(search_value)),
    constraint party_identifier_imo_company_format check (kind <> 'imo_company' or search_value ~ '^[0-9]{7}$'),
    constraint party_identifier_mmsi_format check (kind <> 'mmsi' or search_value ~ '^[0-9]{9}$'),
    constraint party_identifier_unique_per_party unique (party_id, kind, search_value)
);

create unique index party_identifier_one_party_per_number on party_identifier (kind, search_value)
    where kind in ('imo_ship', 'imo_company', 'mmsi');
create index party_identifier_by_value on party_identifier (search_value);
