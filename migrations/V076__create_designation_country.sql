-- The states a designation is tied to: an individual's nationality, an entity's address. The text
-- as the source wrote it is kept; country_code is our state where that text resolves to exactly one.
create table designation_country (
    id             bigint generated always as identity primary key,
    designation_id bigint not null references designation (id) on delete cascade,
    position       integer not null,
    relation       text   not null,
    listed_text    text   not null,
    country_code   varchar(16) references country (code),
    constraint designation_country_position_unique unique (designation_id, position),
    constraint designation_country_relation_valid check (relation in ('nationality', 'address')),
    constraint designation_country_text_not_blank check (length(btrim(listed_text)) between 1 and 200)
);
