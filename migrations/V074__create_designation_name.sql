-- Every name a designation is known by: its primary name, its original-script name and its
-- aliases with the quality the source gives them (the UN: Good and Low for individuals, a.k.a. and
-- f.k.a. for entities). Search compares search_key by trigram similarity, through the GIN index.
create table designation_name (
    id             bigint generated always as identity primary key,
    designation_id bigint  not null references designation (id) on delete cascade,
    position       integer not null,
    name           text    not null,
    quality        text    not null,
    search_key     text generated always as (designation_search_key(name)) stored,
    constraint designation_name_position_unique unique (designation_id, position),
    constraint designation_name_not_blank check (length(btrim(name)) between 1 and 1000),
    constraint designation_name_quality_valid check (quality in ('primary', 'original_script', 'good', 'low',
                                                                 'aka', 'fka', 'unspecified'))
);

create index designation_name_by_trigram on designation_name using gin (search_key gin_trgm_ops);
