-- Every name a party is known by: its name (position 0, kept equal to party.name by the application) and its
-- aliases, former names and transliterations. search_key is the designations' key (V072), so that a party's
-- names and a designation's names are compared the same way, by trigram similarity through the GIN index.
create table party_name (
    id         bigint generated always as identity primary key,
    party_id   bigint  not null references party (id) on delete cascade,
    position   integer not null,
    name       text    not null,
    search_key text generated always as (designation_search_key(name)) stored,
    constraint party_name_position_unique unique (party_id, position),
    constraint party_name_not_blank check (length(btrim(name)) between 1 and 300)
);

create index party_name_by_trigram on party_name using gin (search_key gin_trgm_ops);
