-- Non-state actors that current reporting on arms transfers names and V010 (built from SIPRI's register)
-- lacks. Historical states (USSR, Yugoslavia, Czechoslovakia, East Germany) are in V010 with their
-- ISO 3166-3 codes.
insert into country (code, name, kind)
values ('X-WAGNER', 'Wagner Group', 'non_state_actor'),
       ('X-ISLAMIC-STATE', 'Islamic State', 'non_state_actor'),
       ('X-AL-SHABAAB', 'al-Shabaab', 'non_state_actor'),
       ('X-HTS', 'Hayat Tahrir al-Sham', 'non_state_actor'),
       ('X-POLISARIO', 'Polisario Front', 'non_state_actor')
on conflict do nothing;

insert into country_alias (country_code, alias, alias_kind)
select seed.code, seed.alias, seed.kind
from (values
    ('X-WAGNER', 'Wagner Group', 'name'),
    ('X-WAGNER', 'Wagner', 'name'),
    ('X-WAGNER', 'PMC Wagner', 'name'),
    ('X-WAGNER', 'Wagner PMC', 'name'),
    ('X-ISLAMIC-STATE', 'Islamic State', 'name'),
    ('X-ISLAMIC-STATE', 'ISIS', 'abbreviation'),
    ('X-ISLAMIC-STATE', 'ISIL', 'abbreviation'),
    ('X-ISLAMIC-STATE', 'Daesh', 'name'),
    ('X-AL-SHABAAB', 'al-Shabaab', 'name'),
    ('X-AL-SHABAAB', 'Al Shabaab', 'name'),
    ('X-HTS', 'Hayat Tahrir al-Sham', 'name'),
    ('X-HTS', 'HTS', 'abbreviation'),
    ('X-POLISARIO', 'Polisario Front', 'name'),
    ('X-POLISARIO', 'Polisario', 'name')
) as seed(code, alias, kind)
where not exists (select from country_alias existing where existing.normalised_alias = lower(btrim(seed.alias)));
