-- Reference sanctions provisions, loaded once; admins may edit them later. The app matches each
-- provision's scope against transfers to suggest which provisions a transfer may breach.
--
-- Sources: the official texts, cited in each row's url. UN resolutions are on undocs.org. US
-- executive orders are in the Federal Register. EU regulations are on EUR-Lex: the ELI address
-- opens the act as adopted, and EUR-Lex links from there to the current consolidated text, which
-- includes later articles such as 833/2014 Art 2a. UK statutory instruments are on
-- legislation.gov.uk.
--
-- citation_verified = true only where the project's design marks the paragraph number (V), that
-- is, checked against the text: UNSCR 1718 para 8(a),(b); UNSCR 1874 para 10; UNSCR 2321
-- para 30; UNSCR 2397 paras 6 and 14; UK SI 2019/855 regs 22-23. Every other paragraph number
-- was given from our best knowledge and stays false until someone checks it. The summaries are
-- plain-English paraphrases, not quotations.
--
-- Scope semantics (see V007): target_country_code is the sanctioned state. direction says
-- whether the provision covers goods leaving it (exports_from), goods going to it (imports_to),
-- or both. kinds lists the kinds of goods covered. A provision with no sanctions_provision_category
-- rows covers every category of its kinds. The scopes are built to suggest provisions, not to
-- decide legal questions. Most of these measures bind only the issuer's own persons and
-- territory (UN: all member states). The analyst confirms or dismisses each suggestion.
--
-- Judgement calls:
-- * UNSCR 1718 para 8(a),(b): scoped to the seven UN Register categories, which is what 8(a)(i)
--   names. The WMD-related items of 8(a)(ii) and the luxury goods of 8(a)(iii) have no category
--   here and are left out.
-- * UNSCR 1874 para 10: the ban covers all arms going to the DPRK except small arms and light
--   weapons. It has no category rows, and its summary states the exception. SALW do not map onto
--   our categories: light weapons sit in ML2-ML4, and HS 93 mixes both. Excluding only ML1 and
--   UNROCA-SALW would still be wrong, and it would hide the provision from transfers that have no
--   category. Since 2016, UNSCR 2270 para 6 bans SALW supply as well.
-- * UNSCR 2270 para 6 extends para 8(a) of UNSCR 1718, which is supply to the DPRK. So the
--   direction is imports_to, not both: UNSCR 1874 para 9 already banned all DPRK arms exports.
-- * UNSCR 2270 para 30 (gold, titanium ore, vanadium ore, rare earth minerals): scoped to HS71 and
--   HS26. HS81 is left out because the paragraph bans the ores, not the metals, and rare-earth
--   metals and compounds are in HS 28, which we do not carry.
-- * UNSCR 2321 para 30 and UNSCR 2397 para 14 (helicopters, vessels): kind dual_use with HS88 and
--   HS89. Attack helicopters and warships are already arms under UNSCR 1718. HS88 is wider than
--   the helicopters the paragraph names.
-- * Seafood (UNSCR 2371 para 9), textiles (UNSCR 2375 para 16) and the food and agricultural part
--   of UNSCR 2397 para 6 are not loaded or scoped. Their HS chapters (03, 50-63, 07/08/12) are not
--   among our categories. A raw_material scope without categories would match every raw-material
--   transfer from the DPRK. Add them once those chapters become categories.
-- * Superseded caps are kept next to the ones that replaced them: UNSCR 2270 para 29 beside 2371
--   para 8, and UNSCR 2375 paras 14-15 beside 2397 paras 4-5. Analysts cite whichever was in force
--   when the transfer happened. Each summary names the replacement.
-- * US executive orders authorise designations (blocking). They do not ban goods by kind. Their
--   scope is therefore every kind, in both directions, and the summary says a designation is
--   needed.
-- * Regulation (EU) 269/2014 is an asset freeze. Per the design it is scoped to RUS, both
--   directions, all kinds, and its summary says it applies only when a listed person takes part.
-- * Regulation (EU) 833/2014 has no arms-goods embargo. That is in Council Decision 2014/512/CFSP,
--   and Member States apply it through national export controls. The Regulation's Art 4 covers
--   services related to Common Military List goods and is loaded with a summary that says so.
--   Art 2a is scoped to the Common High Priority List tiers. Art 2 covers every dual-use
--   category.
-- * Regulation (EU) 2017/1509: the EU arms embargo on the DPRK sits in Council Decision (CFSP)
--   2016/849, not in this Regulation. Loaded: Art 3(1)(a), Annex II dual-use and proliferation
--   goods, supply to the DPRK. Also Art 3(1)(e), Annex V coal, iron and iron ore from the DPRK.
--   Both point letters are inferred from the annex headings; unverified.
-- * UK SI 2019/855 regs 22-23: reg 22 bans the export of military goods to Russia; reg 23 bans
--   the import of arms and related materiel from Russia. The scope is arms in both directions.
--   Dual-use goods are in other regulations of the SI.
-- * UK SI 2019/411 regs 35-36: "restricted goods" cover military, dual-use and other arms- and
--   WMD-related goods, so the kinds are arms and dual_use.
-- * No provisions for Iran or Belarus: not asked for by the design, and not loaded without
--   checked citations.

insert into sanctions_issuer (code, name)
values ('UNSC', 'United Nations Security Council'),
       ('US', 'United States'),
       ('EU', 'European Union'),
       ('UK', 'United Kingdom');

insert into sanctions_instrument (issuer_code, short_title, title, adopted_on, url)
values ('UNSC', 'UNSCR 1718 (2006)',
        'Security Council resolution 1718 (2006) [Non-proliferation/Democratic People''s Republic of Korea]',
        date '2006-10-14', 'https://undocs.org/S/RES/1718(2006)'),
       ('UNSC', 'UNSCR 1874 (2009)',
        'Security Council resolution 1874 (2009) [Non-proliferation/Democratic People''s Republic of Korea]',
        date '2009-06-12', 'https://undocs.org/S/RES/1874(2009)'),
       ('UNSC', 'UNSCR 2270 (2016)',
        'Security Council resolution 2270 (2016) [Non-proliferation/Democratic People''s Republic of Korea]',
        date '2016-03-02', 'https://undocs.org/S/RES/2270(2016)'),
       ('UNSC', 'UNSCR 2321 (2016)',
        'Security Council resolution 2321 (2016) [Non-proliferation/Democratic People''s Republic of Korea]',
        date '2016-11-30', 'https://undocs.org/S/RES/2321(2016)'),
       ('UNSC', 'UNSCR 2371 (2017)',
        'Security Council resolution 2371 (2017) [Non-proliferation/Democratic People''s Republic of Korea]',
        date '2017-08-05', 'https://undocs.org/S/RES/2371(2017)'),
       ('UNSC', 'UNSCR 2375 (2017)',
        'Security Council resolution 2375 (2017) [Non-proliferation/Democratic People''s Republic of Korea]',
        date '2017-09-11', 'https://undocs.org/S/RES/2375(2017)'),
       ('UNSC', 'UNSCR 2397 (2017)',
        'Security Council resolution 2397 (2017) [Non-proliferation/Democratic People''s Republic of Korea]',
        date '2017-12-22', 'https://undocs.org/S/RES/2397(2017)'),
       ('US', 'EO 13810',
        'Executive Order 13810 of September 20, 2017: Imposing Additional Sanctions With Respect to North Korea (82 FR 44705)',
        date '2017-09-20',
        'https://www.federalregister.gov/documents/2017/09/25/2017-20647/imposing-additional-sanctions-with-respect-to-north-korea'),
       ('US', 'EO 14024',
        'Executive Order 14024 of April 15, 2021: Blocking Property With Respect To Specified Harmful Foreign Activities of the Government of the Russian Federation (86 FR 20249)',
        date '2021-04-15',
        'https://www.federalregister.gov/documents/2021/04/19/2021-08098/blocking-property-with-respect-to-specified-harmful-foreign-activities-of-the-government-of-the-russian-federation'),
       ('EU', 'Regulation (EU) 833/2014',
        'Council Regulation (EU) No 833/2014 of 31 July 2014 concerning restrictive measures in view of Russia''s actions destabilising the situation in Ukraine',
        date '2014-07-31', 'https://eur-lex.europa.eu/eli/reg/2014/833/oj'),
       ('EU', 'Regulation (EU) 269/2014',
        'Council Regulation (EU) No 269/2014 of 17 March 2014 concerning restrictive measures in respect of actions undermining or threatening the territorial integrity, sovereignty and independence of Ukraine',
        date '2014-03-17', 'https://eur-lex.europa.eu/eli/reg/2014/269/oj'),
       ('EU', 'Regulation (EU) 2017/1509',
        'Council Regulation (EU) 2017/1509 of 30 August 2017 concerning restrictive measures against the Democratic People''s Republic of Korea and repealing Regulation (EC) No 329/2007',
        date '2017-08-30', 'https://eur-lex.europa.eu/eli/reg/2017/1509/oj'),
       ('UK', 'SI 2019/855',
        'The Russia (Sanctions) (EU Exit) Regulations 2019 (SI 2019/855)',
        date '2019-04-10', 'https://www.legislation.gov.uk/uksi/2019/855'),
       ('UK', 'SI 2019/411',
        'The Democratic People''s Republic of Korea (Sanctions) (EU Exit) Regulations 2019 (SI 2019/411)',
        date '2019-03-05', 'https://www.legislation.gov.uk/uksi/2019/411');

-- The instrument is looked up by short title. A misspelt title yields a null instrument_id,
-- which the not-null constraint refuses, so this migration fails loudly and never drops a row.
insert into sanctions_provision (instrument_id, paragraph, summary, url, citation_verified,
                                 target_country_code, direction, kinds)
select (select i.id from sanctions_instrument i where i.short_title = p.short_title),
       p.paragraph, p.summary, p.url, p.citation_verified, p.target_country_code, p.direction, p.kinds
from (values
    -- UN Security Council: the DPRK regime (1718 Committee)
    ('UNSCR 1718 (2006)', 'para 8(a),(b)',
     'States must prevent supplying the DPRK with battle tanks, armoured combat vehicles, large-calibre artillery, combat aircraft, attack helicopters, warships, missiles and related materiel (UN Register categories); the DPRK may not export them and states must not procure them.',
     'https://undocs.org/S/RES/1718(2006)', true, 'PRK', 'both', array ['arms']),
    ('UNSCR 1874 (2009)', 'para 9',
     'Extends the 1718 export ban to all arms and related materiel: the DPRK may not export any arms, and no state may procure them, nor related financial transactions, training, advice, services or assistance.',
     'https://undocs.org/S/RES/1874(2009)', false, 'PRK', 'exports_from', array ['arms']),
    ('UNSCR 1874 (2009)', 'para 10',
     'Extends the 1718 supply ban to all arms and related materiel going to the DPRK and related services, except small arms and light weapons (then only 5 days'' notice to the 1718 Committee; banned too since UNSCR 2270 para 6).',
     'https://undocs.org/S/RES/1874(2009)', true, 'PRK', 'imports_to', array ['arms']),
    ('UNSCR 2270 (2016)', 'para 6',
     'Extends the ban on supplying arms to the DPRK to small arms and light weapons and their related materiel, and to related financial transactions, training, services or assistance.',
     'https://undocs.org/S/RES/2270(2016)', false, 'PRK', 'imports_to', array ['arms']),
    ('UNSCR 2270 (2016)', 'para 29',
     'The DPRK may not export coal, iron or iron ore and states must not procure them, except for livelihood purposes and third-country coal shipped out via Rajin. Replaced by the full ban of UNSCR 2371 para 8.',
     'https://undocs.org/S/RES/2270(2016)', false, 'PRK', 'exports_from', array ['raw_material']),
    ('UNSCR 2270 (2016)', 'para 30',
     'The DPRK may not export gold, titanium ore, vanadium ore or rare earth minerals, and all states must prohibit procuring them from the DPRK.',
     'https://undocs.org/S/RES/2270(2016)', false, 'PRK', 'exports_from', array ['raw_material']),
    ('UNSCR 2270 (2016)', 'para 31',
     'States must prevent selling or supplying aviation fuel (aviation gasoline, jet fuel, kerosene-type rocket fuel) to the DPRK, except Committee-approved humanitarian needs and fuel for civilian airliners'' flights to and from the DPRK.',
     'https://undocs.org/S/RES/2270(2016)', false, 'PRK', 'imports_to', array ['raw_material']),
    ('UNSCR 2321 (2016)', 'para 28',
     'The DPRK may not export copper, nickel, silver or zinc, and all states must prohibit procuring them from the DPRK.',
     'https://undocs.org/S/RES/2321(2016)', false, 'PRK', 'exports_from', array ['raw_material']),
    ('UNSCR 2321 (2016)', 'para 30',
     'States must prevent the supply, sale or transfer to the DPRK of new helicopters and vessels, unless the 1718 Committee approves in advance case by case. UNSCR 2397 para 14 adds used vessels.',
     'https://undocs.org/S/RES/2321(2016)', true, 'PRK', 'imports_to', array ['dual_use']),
    ('UNSCR 2371 (2017)', 'para 8',
     'Full ban: the DPRK may not export coal, iron or iron ore and states must not procure them. Drops the livelihood exception of UNSCR 2270 para 29 (the Rajin transshipment exception for third-country coal remains).',
     'https://undocs.org/S/RES/2371(2017)', false, 'PRK', 'exports_from', array ['raw_material']),
    ('UNSCR 2371 (2017)', 'para 10',
     'The DPRK may not export lead or lead ore, and all states must prohibit procuring them from the DPRK.',
     'https://undocs.org/S/RES/2371(2017)', false, 'PRK', 'exports_from', array ['raw_material']),
    ('UNSCR 2375 (2017)', 'para 13',
     'States must prevent the supply, sale or transfer to the DPRK of all condensates and natural gas liquids.',
     'https://undocs.org/S/RES/2375(2017)', false, 'PRK', 'imports_to', array ['raw_material']),
    ('UNSCR 2375 (2017)', 'para 14',
     'Caps refined petroleum products supplied to the DPRK at 500,000 barrels for Oct-Dec 2017 and 2 million barrels a year from 2018, with notification to the 1718 Committee. UNSCR 2397 para 5 cut the cap to 500,000 barrels.',
     'https://undocs.org/S/RES/2375(2017)', false, 'PRK', 'imports_to', array ['raw_material']),
    ('UNSCR 2375 (2017)', 'para 15',
     'Caps crude oil supplied to the DPRK at the amount supplied in the 12 months before the resolution. UNSCR 2397 para 4 replaced it with a cap of 4 million barrels (525,000 tonnes) a year.',
     'https://undocs.org/S/RES/2375(2017)', false, 'PRK', 'imports_to', array ['raw_material']),
    ('UNSCR 2397 (2017)', 'para 4',
     'Caps crude oil supplied to the DPRK at 4 million barrels or 525,000 tonnes per 12 months; supplying states report amounts to the 1718 Committee every 90 days.',
     'https://undocs.org/S/RES/2397(2017)', false, 'PRK', 'imports_to', array ['raw_material']),
    ('UNSCR 2397 (2017)', 'para 5',
     'Caps refined petroleum products (including diesel and kerosene) supplied to the DPRK at 500,000 barrels per 12 months from 1 January 2018; each delivery must be notified to the 1718 Committee.',
     'https://undocs.org/S/RES/2397(2017)', false, 'PRK', 'imports_to', array ['raw_material']),
    ('UNSCR 2397 (2017)', 'para 6',
     'The DPRK may not export food and agricultural products, machinery, electrical equipment, earth and stone incl. magnesite and magnesia, wood or vessels, and states must not procure them. Food is not scoped here (no category).',
     'https://undocs.org/S/RES/2397(2017)', true, 'PRK', 'exports_from', array ['raw_material', 'dual_use']),
    ('UNSCR 2397 (2017)', 'para 7',
     'States must prevent supplying the DPRK with industrial machinery (HS 84-85), transportation vehicles (HS 86-89) and iron, steel and other metals (HS 72-83), except spare parts for DPRK civilian passenger aircraft in use.',
     'https://undocs.org/S/RES/2397(2017)', false, 'PRK', 'imports_to', array ['raw_material', 'dual_use']),
    ('UNSCR 2397 (2017)', 'para 14',
     'States must prevent the supply, sale or transfer to the DPRK of any vessels, new or used, extending the new-vessel ban of UNSCR 2321 para 30.',
     'https://undocs.org/S/RES/2397(2017)', true, 'PRK', 'imports_to', array ['dual_use']),

    -- United States
    ('EO 13810', 'sec 1(a)(iii)',
     'Authorises US blocking sanctions on any person found to have engaged in at least one significant importation from or exportation to North Korea of goods, services or technology; applies once Treasury designates the person.',
     'https://www.federalregister.gov/documents/2017/09/25/2017-20647/imposing-additional-sanctions-with-respect-to-north-korea',
     false, 'PRK', 'both', array ['arms', 'raw_material', 'dual_use']),
    ('EO 14024', 'sec 1(a)(i)',
     'Authorises US blocking sanctions on persons operating in the technology, defence and related materiel or other designated sectors of Russia''s economy (sec 1(a)(vi): those supporting blocked persons); applies once designated.',
     'https://www.federalregister.gov/documents/2021/04/19/2021-08098/blocking-property-with-respect-to-specified-harmful-foreign-activities-of-the-government-of-the-russian-federation',
     false, 'RUS', 'both', array ['arms', 'raw_material', 'dual_use']),

    -- European Union
    ('Regulation (EU) 833/2014', 'Art 2',
     'Bans selling, supplying, transferring or exporting dual-use goods and technology (Annex I to Regulation (EU) 2021/821) to any person in Russia or for use in Russia, and related technical assistance, brokering and financing.',
     'https://eur-lex.europa.eu/eli/reg/2014/833/oj', false, 'RUS', 'imports_to', array ['dual_use']),
    ('Regulation (EU) 833/2014', 'Art 2a',
     'Bans selling, supplying, transferring or exporting to Russia the goods and technology in Annex VII that could enhance its military and technological capabilities or its defence and security sector (electronics, computers, sensors, navigation...).',
     'https://eur-lex.europa.eu/eli/reg/2014/833/oj', false, 'RUS', 'imports_to', array ['dual_use']),
    ('Regulation (EU) 833/2014', 'Art 4',
     'Bans providing technical assistance, brokering, financing or financial assistance related to Common Military List goods to anyone in Russia or for use in Russia; the embargo on the arms themselves is in Council Decision 2014/512/CFSP.',
     'https://eur-lex.europa.eu/eli/reg/2014/833/oj', false, 'RUS', 'imports_to', array ['arms']),
    ('Regulation (EU) 269/2014', 'Art 2',
     'Asset freeze: freezes funds and economic resources of persons and entities listed in Annex I and bars making any available to them. It restricts no goods as such; a transfer is in scope only if a listed person or entity takes part.',
     'https://eur-lex.europa.eu/eli/reg/2014/269/oj', false, 'RUS', 'both', array ['arms', 'raw_material', 'dual_use']),
    ('Regulation (EU) 2017/1509', 'Art 3(1)(a)',
     'Bans selling, supplying, transferring or exporting to the DPRK the dual-use and other proliferation-sensitive goods and technology listed in Annex II. The EU arms embargo itself is in Council Decision (CFSP) 2016/849.',
     'https://eur-lex.europa.eu/eli/reg/2017/1509/oj', false, 'PRK', 'imports_to', array ['dual_use']),
    ('Regulation (EU) 2017/1509', 'Art 3(1)(e)',
     'Bans procuring coal, iron and iron ore (Annex V) from the DPRK, implementing the UN ban.',
     'https://eur-lex.europa.eu/eli/reg/2017/1509/oj', false, 'PRK', 'exports_from', array ['raw_material']),

    -- United Kingdom
    ('SI 2019/855', 'regs 22–23',
     'Reg 22 prohibits exporting military goods to, or for use in, Russia; reg 23 prohibits importing arms and related materiel (military goods and anything in HS chapter 93) consigned from or originating in Russia.',
     'https://www.legislation.gov.uk/uksi/2019/855/part/5/chapter/2', true, 'RUS', 'both', array ['arms']),
    ('SI 2019/411', 'regs 35–36',
     'Reg 35 prohibits exporting restricted goods (military, dual-use and other arms- or WMD-related goods) to, or for use in, the DPRK; reg 36 prohibits importing such goods consigned from or originating in the DPRK.',
     'https://www.legislation.gov.uk/uksi/2019/411/part/6/chapter/1', false, 'PRK', 'both', array ['arms', 'dual_use'])
) as p (short_title, paragraph, summary, url, citation_verified, target_country_code, direction, kinds);

-- Category scopes. Provisions not listed here cover every category of their kinds. A provision
-- that cannot be found yields a null provision_id (refused by the primary key), and an unknown
-- code is refused by the foreign key.
insert into sanctions_provision_category (provision_id, category_code)
select (select sp.id
        from sanctions_provision sp
                 join sanctions_instrument i on i.id = sp.instrument_id
        where i.short_title = s.short_title
          and sp.paragraph = s.paragraph),
       c.code
from (values
    ('UNSCR 1718 (2006)', 'para 8(a),(b)',
     array ['UNROCA-I', 'UNROCA-II', 'UNROCA-III', 'UNROCA-IV', 'UNROCA-V', 'UNROCA-VI', 'UNROCA-VII']),
    ('UNSCR 2270 (2016)', 'para 6', array ['UNROCA-SALW', 'ML1', 'ML2']),
    -- coal is HS 2701, iron ore HS 2601, iron (pig iron and other primary forms) HS 72
    ('UNSCR 2270 (2016)', 'para 29', array ['HS26', 'HS27', 'HS72']),
    -- gold HS 7108; titanium and vanadium ores HS 2614, 2615
    ('UNSCR 2270 (2016)', 'para 30', array ['HS26', 'HS71']),
    ('UNSCR 2270 (2016)', 'para 31', array ['HS27']),
    -- silver HS 7106
    ('UNSCR 2321 (2016)', 'para 28', array ['HS71', 'HS74', 'HS75', 'HS79']),
    ('UNSCR 2321 (2016)', 'para 30', array ['HS88', 'HS89']),
    ('UNSCR 2371 (2017)', 'para 8', array ['HS26', 'HS27', 'HS72']),
    -- lead ore HS 2607
    ('UNSCR 2371 (2017)', 'para 10', array ['HS26', 'HS78']),
    ('UNSCR 2375 (2017)', 'para 13', array ['HS27']),
    ('UNSCR 2375 (2017)', 'para 14', array ['HS27']),
    ('UNSCR 2375 (2017)', 'para 15', array ['HS27']),
    ('UNSCR 2397 (2017)', 'para 4', array ['HS27']),
    ('UNSCR 2397 (2017)', 'para 5', array ['HS27']),
    -- the resolution names HS 12, 08 and 07 for food as well; those chapters are not categories
    ('UNSCR 2397 (2017)', 'para 6', array ['HS25', 'HS44', 'HS84', 'HS85', 'HS89']),
    -- HS 72-83 in the resolution; 77 does not exist and 82-83 are not categories
    ('UNSCR 2397 (2017)', 'para 7',
     array ['HS72', 'HS73', 'HS74', 'HS75', 'HS76', 'HS78', 'HS79', 'HS80', 'HS81',
            'HS84', 'HS85', 'HS86', 'HS87', 'HS88', 'HS89']),
    ('UNSCR 2397 (2017)', 'para 14', array ['HS89']),
    ('Regulation (EU) 833/2014', 'Art 2a',
     array ['CHPL-1', 'CHPL-2', 'CHPL-3A', 'CHPL-3B', 'CHPL-4A', 'CHPL-4B']),
    ('Regulation (EU) 2017/1509', 'Art 3(1)(e)', array ['HS26', 'HS27', 'HS72'])
) as s (short_title, paragraph, codes)
         cross join lateral unnest(s.codes) as c (code);
