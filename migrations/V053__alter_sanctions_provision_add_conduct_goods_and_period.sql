-- What a provision covers beyond its states:
-- * conduct: a prohibition (or cap) on the goods themselves, or a power to designate persons (US
--   blocking orders, EU asset freezes), which a transfer breaches only once a designated person
--   takes part; designation powers are therefore never suggested from scope alone.
-- * binds: every state (UN) or the issuer's own persons and territory (see
--   sanctions_issuer_jurisdiction).
-- * goods_terms: the goods the text names ("refined petroleum", "diesel"); where a provision names
--   goods, a transfer whose item names none of them is not offered the provision, even if its category fits.
-- * applies_from / applies_until: the period the provision was in force; until is set where it
--   lapsed, was terminated or was replaced.
-- * retired_at: retired by staff; a retired provision is never suggested and stays, marked, on the
--   transfers linked to it.
alter table sanctions_provision
    add column conduct       text not null default 'prohibition',
    add column binds         text not null default 'all_states',
    add column goods_terms   text[] not null default '{}',
    add column applies_from  date,
    add column applies_until date,
    add column retired_at    timestamptz,
    add constraint sanctions_provision_conduct_valid check (conduct in ('prohibition', 'designation')),
    add constraint sanctions_provision_binds_valid check (binds in ('all_states', 'issuer_jurisdiction')),
    add constraint sanctions_provision_period_ordered check (applies_from <= applies_until),
    add constraint sanctions_provision_goods_terms_valid check (cardinality(goods_terms) <= 50
        and array_position(goods_terms, null) is null);

update sanctions_provision p
set applies_from = i.adopted_on,
    binds        = case when i.issuer_code = 'UNSC' then 'all_states' else 'issuer_jurisdiction' end
from sanctions_instrument i
where i.id = p.instrument_id;

update sanctions_provision p
set conduct = 'designation'
from sanctions_instrument i
where i.id = p.instrument_id
  and (i.short_title in ('EO 13810', 'EO 14024', 'Regulation (EU) 269/2014'));

-- Caps and bans replaced by later paragraphs: each ends the day before its replacement applies.
update sanctions_provision p
set applies_until = r.until
from sanctions_instrument i,
     (values ('UNSCR 2270 (2016)', 'para 29', date '2017-08-04'),
             ('UNSCR 2375 (2017)', 'para 14', date '2017-12-31'),
             ('UNSCR 2375 (2017)', 'para 15', date '2017-12-21')) as r (short_title, paragraph, until)
where i.id = p.instrument_id
  and i.short_title = r.short_title
  and p.paragraph = r.paragraph;

-- The goods each loaded provision names, in the words reporting uses for them.
update sanctions_provision p
set goods_terms = g.terms
from sanctions_instrument i,
     (values ('UNSCR 2270 (2016)', 'para 29', array ['coal', 'iron', 'iron ore']),
             ('UNSCR 2270 (2016)', 'para 30', array ['gold', 'titanium', 'vanadium', 'rare earth']),
             ('UNSCR 2270 (2016)', 'para 31', array ['aviation fuel', 'aviation gasoline', 'jet fuel', 'kerosene-type rocket fuel', 'rocket fuel']),
             ('UNSCR 2321 (2016)', 'para 28', array ['copper', 'nickel', 'silver', 'zinc']),
             ('UNSCR 2321 (2016)', 'para 30', array ['helicopter', 'vessel', 'ship', 'tanker', 'boat']),
             ('UNSCR 2371 (2017)', 'para 8', array ['coal', 'iron', 'iron ore', 'anthracite']),
             ('UNSCR 2371 (2017)', 'para 10', array ['lead']),
             ('UNSCR 2375 (2017)', 'para 13', array ['condensate', 'natural gas liquids']),
             ('UNSCR 2375 (2017)', 'para 14', array ['refined petroleum', 'petroleum products', 'petroleum', 'diesel', 'gasoline', 'petrol', 'kerosene', 'fuel oil', 'fuel']),
             ('UNSCR 2375 (2017)', 'para 15', array ['crude oil', 'crude']),
             ('UNSCR 2397 (2017)', 'para 4', array ['crude oil', 'crude']),
             ('UNSCR 2397 (2017)', 'para 5', array ['refined petroleum', 'petroleum products', 'petroleum', 'diesel', 'gasoline', 'petrol', 'kerosene', 'fuel oil', 'fuel']),
             ('UNSCR 2397 (2017)', 'para 14', array ['vessel', 'ship', 'tanker', 'boat']),
             ('Regulation (EU) 2017/1509', 'Art 3(1)(e)', array ['coal', 'iron', 'iron ore', 'anthracite'])
     ) as g (short_title, paragraph, terms)
where i.id = p.instrument_id
  and i.short_title = g.short_title
  and p.paragraph = g.paragraph;

alter table sanctions_provision
    alter column applies_from set not null;
