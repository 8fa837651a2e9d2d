-- A vessel's flag history: the state whose flag it flew, from and until when (either open when the reporting
-- does not say). Vessels that carry sanctioned cargo change flags and names often.
create table vessel_flag (
    id           bigint generated always as identity primary key,
    party_id     bigint      not null references party (id) on delete cascade,
    country_code varchar(16) not null references country (code),
    flown_from   date,
    flown_until  date,
    constraint vessel_flag_period_ordered check (flown_from <= flown_until)
);

create index vessel_flag_by_party on vessel_flag (party_id);
