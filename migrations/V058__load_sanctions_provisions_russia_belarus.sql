-- Russia and Belarus: further export and import bans of Regulation (EU) No 833/2014 by article,
-- and Regulation (EC) No 765/2006 (Belarus). V012 already holds 833/2014 Arts 2, 2a and 4;
-- V060 corrects their dates. Same lookup-by-short-title pattern as V012.
--
-- Citations verified (citation_verified = true) against the text found with the search tool:
-- * 833/2014 Art 3g (iron and steel products of Annex XVII from Russia): the article's text in
--   the consolidated version CELEX 02014R0833-20250720 at
--   https://fantasticsearch.net/law/eu/en?article=1&id=bW4mZpsB1anJoctMRS8X (also the Commission's
--   FAQ on Art 3g(1)(d), https://www.scribd.com/document/696100496/FAQ-Russian-steel-EU-commission-002).
-- * 765/2006 Art 1f (Annex Va goods that could contribute to Belarus's military and
--   technological enhancement): the article's text in the consolidated version CELEX
--   02006R0765-20250327 at https://fantasticsearch.net/law/eu/en?article=1&id=xeByM5kBDWBAxfWdho-7.
-- Not verified (false): 833/2014 Arts 3c, 3i, 3k and 3m, and 765/2006 Arts 1a and 1e. Their
-- numbers and contents are from knowledge of the consolidated texts; the search tool returned
-- only the front matter of the EUR-Lex consolidated versions. For Art 3m the wording (Annex XXV,
-- crude oil and petroleum products originating in or exported from Russia) was found at
-- https://www.respectus.space/coal-and-other-solid-fossil-fuels-copy-1 without the article number.
-- 765/2006 Art 1a is worded as in the Commission proposal COM(2011)362 that inserted it; the
-- adopted text (Regulation (EU) No 588/2011) was not seen.
--
-- Judgement calls:
-- * Every provision here binds only the EU (issuer_jurisdiction): an export ban concerns a
--   transfer only where an EU member state supplies it, an import ban only where one receives it.
-- * Categories are the HS chapters we carry that the annexes mainly cover. Annexes XXI (revenue
--   goods) and XXIII (industrial goods) run to hundreds of CN codes across chapters we do not
--   carry (chemicals, plastics, optics); those goods are not scoped.
-- * Art 3c (aviation and space goods, Annex XI) is scoped to HS 88 and Art 3k to the machinery,
--   electrical, vehicle and vessel chapters (84-87, 89) with iron/steel articles and aluminium
--   (73, 76): both overlap Art 2a for electronics, which is intended, since each is a separate
--   ban an analyst may cite.
-- * Art 3m: crude oil from 5 Dec 2022, petroleum products from 5 Feb 2023 (Regulation (EU)
--   2022/879); one period can hold only one date, so applies_from is the earlier, and the summary
--   gives both and the pipeline exception. Art 3ma (petroleum products refined abroad from Russian
--   crude, from 21 Jan 2026) is left out: the goods go from third states to the EU, a pair of
--   states the scope model cannot name without listing every third state.
-- * 765/2006: the Belarus arms embargo itself is in Council Decision 2012/642/CFSP (applied
--   through national export controls), as V012 notes for Russia; the Regulation's Art 1a bans
--   equipment for internal repression and is scoped to firearms, ammunition, riot-control agents
--   and protective equipment (ML1, ML3, ML7, ML13). Art 1e (dual-use) and Art 1f (Annex Va,
--   mirroring 833/2014 Art 2a) apply from 3 March 2022 (Regulation (EU) 2022/355).
-- * New regimes 'EU-Russia' (833/2014 and 269/2014) and 'EU-Belarus' (765/2006).

insert into sanctions_regime (code, issuer_code, name)
values ('EU-Russia', 'EU', 'Russia''s actions destabilising the situation in Ukraine (Regulations (EU) 833/2014 and 269/2014)'),
       ('EU-Belarus', 'EU', 'The situation in Belarus and its involvement in Russia''s aggression against Ukraine (Regulation (EC) 765/2006)');

update sanctions_instrument
set regime_code = 'EU-Russia'
where short_title in ('Regulation (EU) 833/2014', 'Regulation (EU) 269/2014');

insert into sanctions_instrument (issuer_code, short_title, title, adopted_on, url, regime_code)
values ('EU', 'Regulation (EC) 765/2006',
        'Council Regulation (EC) No 765/2006 of 18 May 2006 concerning restrictive measures in view of the situation in Belarus and the involvement of Belarus in the Russian aggression against Ukraine',
        date '2006-05-18', 'https://eur-lex.europa.eu/eli/reg/2006/765/oj', 'EU-Belarus');

insert into sanctions_provision (instrument_id, paragraph, summary, url, citation_verified, kinds, conduct, binds,
                                 goods_terms, applies_from, applies_until)
select (select i.id from sanctions_instrument i where i.short_title = p.short_title),
       p.paragraph, p.summary, p.url, p.citation_verified, p.kinds, 'prohibition', 'issuer_jurisdiction',
       p.goods_terms, p.applies_from, null
from (values
    ('Regulation (EU) 833/2014', 'Art 3c',
     'Bans selling, supplying, transferring or exporting to Russia, or for use in Russia, the goods and technology in Annex XI suited for use in aviation or the space industry (aircraft, engines, parts), and related insurance, repair and technical assistance.',
     'https://eur-lex.europa.eu/eli/reg/2014/833/oj', false, array ['dual_use'], array []::text[], date '2022-02-25'),
    ('Regulation (EU) 833/2014', 'Art 3g',
     'Bans importing into the EU, purchasing or transporting the iron and steel products of Annex XVII that originate in or are exported from Russia, and since 30 Sep 2023 such products processed in a third country from Russian iron or steel; related assistance and financing.',
     'https://eur-lex.europa.eu/eli/reg/2014/833/oj', true, array ['raw_material'], array []::text[], date '2022-03-16'),
    ('Regulation (EU) 833/2014', 'Art 3i',
     'Bans purchasing, importing or transferring into the EU the goods of Annex XXI that generate significant revenues for Russia (among them wood, cement, certain chemicals and fertilisers), if they originate in or are exported from Russia.',
     'https://eur-lex.europa.eu/eli/reg/2014/833/oj', false, array ['raw_material'], array []::text[], date '2022-04-09'),
    ('Regulation (EU) 833/2014', 'Art 3k',
     'Bans selling, supplying, transferring or exporting to Russia, or for use in Russia, the goods of Annex XXIII that could contribute to enhancing Russia''s industrial capacities (machinery, electrical equipment, vehicles, metal articles and more).',
     'https://eur-lex.europa.eu/eli/reg/2014/833/oj', false, array ['dual_use', 'raw_material'], array []::text[], date '2022-04-09'),
    ('Regulation (EU) 833/2014', 'Art 3m',
     'Bans purchasing, importing or transferring the crude oil (from 5 Dec 2022) and petroleum products (from 5 Feb 2023) of Annex XXV that originate in or are exported from Russia, with a temporary exception for pipeline crude; services for their transport to third countries are allowed only under the price cap.',
     'https://eur-lex.europa.eu/eli/reg/2014/833/oj', false, array ['raw_material'],
     array ['crude oil', 'crude', 'petroleum', 'petroleum products', 'diesel', 'gasoil', 'gasoline', 'petrol', 'naphtha', 'fuel oil', 'jet fuel', 'kerosene'],
     date '2022-12-05'),
    ('Regulation (EC) 765/2006', 'Art 1a',
     'Bans selling, supplying, transferring or exporting to Belarus, or for use in Belarus, equipment which might be used for internal repression (Annex III: firearms, ammunition, riot-control agents and equipment, protective gear), and related assistance and financing.',
     'https://eur-lex.europa.eu/eli/reg/2006/765/oj', false, array ['arms'], array []::text[], date '2011-06-21'),
    ('Regulation (EC) 765/2006', 'Art 1e',
     'Bans selling, supplying, transferring or exporting dual-use goods and technology (Annex I to Regulation (EU) 2021/821) to any person in Belarus or for use in Belarus, and related technical assistance, brokering and financing.',
     'https://eur-lex.europa.eu/eli/reg/2006/765/oj', false, array ['dual_use'], array []::text[], date '2022-03-03'),
    ('Regulation (EC) 765/2006', 'Art 1f',
     'Bans selling, supplying, transferring or exporting to Belarus, or for use in Belarus, the goods and technology of Annex Va that could contribute to its military and technological enhancement or its defence and security sector, whether or not of EU origin; transit via Belarus of such goods exported from the EU is banned too.',
     'https://eur-lex.europa.eu/eli/reg/2006/765/oj', true, array ['dual_use'], array []::text[], date '2022-03-03')
) as p (short_title, paragraph, summary, url, citation_verified, kinds, goods_terms, applies_from);

insert into sanctions_provision_scope (provision_id, supplier_code, recipient_code)
select (select sp.id
        from sanctions_provision sp
                 join sanctions_instrument i on i.id = sp.instrument_id
        where i.short_title = s.short_title
          and sp.paragraph = s.paragraph),
       s.supplier_code, s.recipient_code
from (values
    ('Regulation (EU) 833/2014', 'Art 3c', null, 'RUS'),
    ('Regulation (EU) 833/2014', 'Art 3g', 'RUS', null),
    ('Regulation (EU) 833/2014', 'Art 3i', 'RUS', null),
    ('Regulation (EU) 833/2014', 'Art 3k', null, 'RUS'),
    ('Regulation (EU) 833/2014', 'Art 3m', 'RUS', null),
    ('Regulation (EC) 765/2006', 'Art 1a', null, 'BLR'),
    ('Regulation (EC) 765/2006', 'Art 1e', null, 'BLR'),
    ('Regulation (EC) 765/2006', 'Art 1f', null, 'BLR')
) as s (short_title, paragraph, supplier_code, recipient_code);

insert into sanctions_provision_category (provision_id, category_code)
select (select sp.id
        from sanctions_provision sp
                 join sanctions_instrument i on i.id = sp.instrument_id
        where i.short_title = s.short_title
          and sp.paragraph = s.paragraph),
       c.code
from (values
    ('Regulation (EU) 833/2014', 'Art 3c', array ['HS88']),
    ('Regulation (EU) 833/2014', 'Art 3g', array ['HS72', 'HS73']),
    -- wood (HS 44) and cement (HS 2523); the annex's chemicals and fertilisers are not categories
    ('Regulation (EU) 833/2014', 'Art 3i', array ['HS25', 'HS44']),
    ('Regulation (EU) 833/2014', 'Art 3k', array ['HS73', 'HS76', 'HS84', 'HS85', 'HS86', 'HS87', 'HS89']),
    ('Regulation (EU) 833/2014', 'Art 3m', array ['HS27']),
    ('Regulation (EC) 765/2006', 'Art 1a', array ['ML1', 'ML3', 'ML7', 'ML13', 'UNROCA-SALW', 'HS93']),
    ('Regulation (EC) 765/2006', 'Art 1f',
     array ['CHPL-1', 'CHPL-2', 'CHPL-3A', 'CHPL-3B', 'CHPL-4A', 'CHPL-4B'])
) as s (short_title, paragraph, codes)
         cross join lateral unnest(s.codes) as c (code);
