-- Classification of goods: Wassenaar/EU Common Military List (ML1-ML22), UN Register of
-- Conventional Arms categories, HS chapters for raw materials and dual-use goods, and the
-- BIS/EU Common High Priority List tiers.
create table category (
    code        text    primary key,
    scheme      text    not null,
    name        text    not null,
    description text,
    kind        text    not null,
    sort_order  integer not null,
    constraint category_code_format check (code ~ '^[A-Z0-9][A-Za-z0-9.-]{0,19}$'),
    constraint category_scheme_valid check (scheme in ('military_list', 'un_register', 'hs_chapter',
                                                       'common_high_priority')),
    constraint category_kind_valid check (kind in ('arms', 'raw_material', 'dual_use')),
    constraint category_name_not_blank check (length(btrim(name)) between 1 and 300)
);
