-- A sanctions regime: the programme under which an issuer adopts measures and lists persons,
-- e.g. the UN's DPRK regime (the 1718 Committee). Instruments belong to a regime, so that a
-- designation's page can show the provisions of its regime. The UN codes are those of the
-- Consolidated List's UN_LIST_TYPE.
create table sanctions_regime (
    code        text primary key,
    issuer_code text not null references sanctions_issuer (code),
    name        text not null,
    version     integer not null default 0,
    constraint sanctions_regime_code_format check (code ~ '^[A-Za-z][A-Za-z0-9-]{0,39}$'),
    constraint sanctions_regime_name_not_blank check (length(btrim(name)) between 1 and 200)
);

insert into sanctions_regime (code, issuer_code, name)
values ('Al-Qaida', 'UNSC', 'ISIL (Da''esh) and Al-Qaida (resolutions 1267, 1989 and 2253)'),
       ('CAR', 'UNSC', 'Central African Republic (resolution 2127)'),
       ('DPRK', 'UNSC', 'Democratic People''s Republic of Korea (resolution 1718)'),
       ('DRC', 'UNSC', 'Democratic Republic of the Congo (resolution 1533)'),
       ('GB', 'UNSC', 'Guinea-Bissau (resolution 2048)'),
       ('Haiti', 'UNSC', 'Haiti (resolution 2653)'),
       ('Iraq', 'UNSC', 'Iraq (resolution 1518)'),
       ('Libya', 'UNSC', 'Libya (resolution 1970)'),
       ('Somalia', 'UNSC', 'Al-Shabaab (resolution 2713)'),
       ('SouthSudan', 'UNSC', 'South Sudan (resolution 2206)'),
       ('Sudan', 'UNSC', 'Sudan (resolution 1591)'),
       ('Taliban', 'UNSC', 'Taliban (resolution 1988)'),
       ('Yemen', 'UNSC', 'Yemen (resolution 2140)');

alter table sanctions_instrument
    add column regime_code text references sanctions_regime (code);

update sanctions_instrument
set regime_code = 'DPRK'
where issuer_code = 'UNSC';
