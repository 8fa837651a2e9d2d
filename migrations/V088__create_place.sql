-- The gazetteer: ports, rail and road crossings, airfields and sea areas that reporting names as the places
-- where goods are loaded, discharged or cross a border, with coordinates (WGS 84 degrees) and where those
-- come from, under which licence. aliases are the other spellings reporting uses ("Rason" for Rajin,
-- "Nampho" for Nampo). The places the app ships are loaded once (V089); admins add more.
create table place (
    id                bigint generated always as identity primary key,
    name              text          not null,
    kind              text          not null,
    country_code      varchar(16) references country (code),
    aliases           text[]        not null default '{}',
    latitude          numeric(8, 5) not null,
    longitude         numeric(8, 5) not null,
    coordinate_source text          not null,
    coordinate_licence text         not null,
    created_by        bigint references app_user (id),
    created_at        timestamptz   not null default now(),
    updated_by        bigint references app_user (id),
    updated_at        timestamptz   not null default now(),
    version           integer       not null default 0,
    constraint place_name_not_blank check (length(btrim(name)) between 1 and 200),
    constraint place_kind_valid check (kind in ('port', 'rail_crossing', 'road_crossing', 'airfield', 'sea_area')),
    constraint place_latitude_range check (latitude between -90 and 90),
    constraint place_longitude_range check (longitude between -180 and 180),
    constraint place_coordinate_source_not_blank check (length(btrim(coordinate_source)) between 1 and 500),
    constraint place_coordinate_licence_not_blank check (length(btrim(coordinate_licence)) between 1 and 200),
    constraint place_name_unique_per_country unique nulls not distinct (country_code, name)
);
