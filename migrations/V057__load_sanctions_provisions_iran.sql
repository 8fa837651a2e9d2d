-- Iran: the UN measures on Iran's arms and missile-related transfers, before and after UNSCR 2231
-- (2015) and since the "snapback" of September 2025, and the EU's Iran drone and missile regime,
-- Regulation (EU) 2023/1529. Same lookup-by-short-title pattern as V012: a misspelt short title
-- or paragraph yields a null id, which the not-null and primary-key constraints refuse, so the
-- migration fails loudly rather than dropping a row.
--
-- Citations verified (citation_verified = true) against the text found with the search tool:
-- * UNSCR 1737 (2006) para 3 (supply to Iran of the NSG/MTCR-listed items in S/2006/814 and
--   S/2006/815): the paragraph quoted in full at https://totalwonkerr.net/2006/12/24/resolution-1737-text
--   and in the resolution's text at https://issuhub.com/view/index?id=23563&pageIndex=427.
-- * UNSCR 1747 (2007) para 5 (Iran may not supply arms; all states must not procure them): quoted
--   with its paragraph number at http://www.thedti.gov.za/nonproliferation/UNSecurityCouncil.htm.
-- * UNSCR 2231 (2015) Annex B paras 5 and 6(b), and their end five years after Adoption Day
--   (18 October 2015): the Security Council's own page http://www.un.org/en/sc/2231/restrictions-arms.shtml.
-- * The re-application of 1696, 1737, 1747, 1803, 1835 and 1929 "in the same manner as they
--   applied before" 2231, effective 27 September 2025 at 8 p.m. EDT: the Secretary-General's
--   spokesperson's note as reported at https://www.sunstar.com.ph/network/iran-sanctions-reactivated
--   (also https://unsanctionsapp.com/cases/iran/episodes/iran-ep-9). The re-applied paragraphs
--   carry the same verification as the original text.
-- Not verified (false): UNSCR 1737 para 7, UNSCR 1929 para 8 (only a UN press summary and the
-- paragraph's closing words were found), UNSCR 2231 Annex B para 4 (only news paraphrases), and
-- Regulation (EU) 2023/1529 Arts 2 and 3 (the export-ban wording was found in Decision (CFSP)
-- 2023/1532 Art 1 and in the OJ as quoted in the press, but not under the Regulation's article
-- number).
--
-- Judgement calls:
-- * Periods. The pre-2231 resolutions applied until Implementation Day, 16 January 2016, when
--   UNSCR 2231 para 7(a) terminated them and Annex B began to apply; so they end 2016-01-15 and
--   Annex B starts 2016-01-16. Annex B paras 5 and 6(b) applied until five years after Adoption
--   Day (last day 2020-10-17); para 4 until eight years after it (last day 2023-10-17). The
--   snapback took effect at 00:00 GMT on 28 September 2025, so the re-applied paragraphs start
--   2025-09-28. Iran, Russia and China contest that the snapback was valid; the catalogue follows
--   the UN Secretariat, which re-established the 1737 Committee's list.
-- * One provision has one period, so each re-applied paragraph is its own row, labelled
--   "para N (re-applied 2025)", beside the 2006-2016 row, and analysts cite whichever applied
--   when the transfer took place.
-- * UNSCR 2231 Annex B para 4 is scoped both ways (to Iran and from Iran). Its wording is about
--   supply to Iran; France, Germany, the UK and the US read it as covering the transfer from Iran
--   of MTCR-class UAVs (Shahed, Mohajer) to Russia in 2022, Iran and Russia deny that. The summary
--   says so, and the goods terms restrict it to missiles, rockets and UAVs.
-- * UNSCR 1737 paras 3 and 7 cover nuclear and missile list items. They have no category here
--   (the lists cut across HS chapters and the Military List); goods terms restrict them to items
--   reporting names as missiles, rockets, UAVs or nuclear fuel-cycle goods.
-- * UNSCR 1929 para 8 and 2231 Annex B para 5 are scoped to the seven UN Register categories,
--   which is what they name; 1747 para 5 and 2231 Annex B para 6(b) cover all arms from Iran.
-- * Regulation (EU) 2023/1529: the export ban (Art 2) covers UAV and, since 2024, missile
--   components going to Iran; it is dual-use, scoped to the engine, electronics and aircraft
--   chapters and the Common High Priority List tiers. The listing criteria (Art 3) are conduct
--   'designation' with scope Iran -> Russia only; the 2024 extension to armed groups in the
--   Middle East and the Red Sea region is in the summary, not the scope.
-- * New regimes: 'Iran' (the UN 1737 Committee, as the Consolidated List names it) and
--   'EU-Iran-UAV'.

insert into sanctions_regime (code, issuer_code, name)
values ('Iran', 'UNSC', 'Iran (resolution 1737)'),
       ('EU-Iran-UAV', 'EU', 'Iran''s military support to Russia''s war against Ukraine and to armed groups in the Middle East and Red Sea region (Regulation (EU) 2023/1529)');

insert into sanctions_instrument (issuer_code, short_title, title, adopted_on, url, regime_code)
values ('UNSC', 'UNSCR 1737 (2006)',
        'Security Council resolution 1737 (2006) [Non-proliferation/Iran]',
        date '2006-12-23', 'https://undocs.org/S/RES/1737(2006)', 'Iran'),
       ('UNSC', 'UNSCR 1747 (2007)',
        'Security Council resolution 1747 (2007) [Non-proliferation/Iran]',
        date '2007-03-24', 'https://undocs.org/S/RES/1747(2007)', 'Iran'),
       ('UNSC', 'UNSCR 1929 (2010)',
        'Security Council resolution 1929 (2010) [Non-proliferation/Iran]',
        date '2010-06-09', 'https://undocs.org/S/RES/1929(2010)', 'Iran'),
       ('UNSC', 'UNSCR 2231 (2015)',
        'Security Council resolution 2231 (2015) [Non-proliferation/Iran: endorsing the Joint Comprehensive Plan of Action]',
        date '2015-07-20', 'https://undocs.org/S/RES/2231(2015)', 'Iran'),
       ('EU', 'Regulation (EU) 2023/1529',
        'Council Regulation (EU) 2023/1529 of 20 July 2023 concerning restrictive measures in view of Iran''s military support of Russia''s war of aggression against Ukraine',
        date '2023-07-20', 'https://eur-lex.europa.eu/eli/reg/2023/1529/oj', 'EU-Iran-UAV');

insert into sanctions_provision (instrument_id, paragraph, summary, url, citation_verified, kinds, conduct, binds,
                                 goods_terms, applies_from, applies_until)
select (select i.id from sanctions_instrument i where i.short_title = p.short_title),
       p.paragraph, p.summary, p.url, p.citation_verified, p.kinds, p.conduct, p.binds, p.goods_terms,
       p.applies_from, p.applies_until
from (values
    ('UNSCR 1737 (2006)', 'para 3',
     'States must prevent supplying Iran with the nuclear and missile items listed in S/2006/814 and S/2006/815 (Nuclear Suppliers Group and MTCR lists) that could contribute to enrichment, reprocessing, heavy-water work or nuclear weapon delivery systems. Terminated on Implementation Day (16 Jan 2016); re-applied by the 2025 snapback.',
     'https://undocs.org/S/RES/1737(2006)', true, array ['dual_use', 'arms'], 'prohibition', 'all_states',
     array ['missile', 'ballistic missile', 'rocket', 'rocket motor', 'UAV', 'unmanned aerial vehicle', 'centrifuge', 'uranium', 'heavy water', 'enrichment', 'reprocessing', 'nuclear', 'gyroscope', 'maraging steel'],
     date '2006-12-23', date '2016-01-15'),
    ('UNSCR 1737 (2006)', 'para 3 (re-applied 2025)',
     'Re-applied by the snapback from 28 Sep 2025 (00:00 GMT): states must again prevent supplying Iran with the NSG- and MTCR-listed nuclear and missile items of S/2006/814 and S/2006/815. Iran, Russia and China contest the snapback''s validity.',
     'https://undocs.org/S/RES/1737(2006)', true, array ['dual_use', 'arms'], 'prohibition', 'all_states',
     array ['missile', 'ballistic missile', 'rocket', 'rocket motor', 'UAV', 'unmanned aerial vehicle', 'centrifuge', 'uranium', 'heavy water', 'enrichment', 'reprocessing', 'nuclear', 'gyroscope', 'maraging steel'],
     date '2025-09-28', null),
    ('UNSCR 1737 (2006)', 'para 7',
     'Iran may not export the nuclear and missile items of S/2006/814 and S/2006/815, and all states must prohibit procuring them from Iran. Terminated on Implementation Day (16 Jan 2016); re-applied by the 2025 snapback (see the re-applied row).',
     'https://undocs.org/S/RES/1737(2006)', false, array ['dual_use', 'arms'], 'prohibition', 'all_states',
     array ['missile', 'ballistic missile', 'rocket', 'rocket motor', 'UAV', 'unmanned aerial vehicle', 'centrifuge', 'uranium', 'heavy water', 'nuclear'],
     date '2006-12-23', date '2016-01-15'),
    ('UNSCR 1737 (2006)', 'para 7 (re-applied 2025)',
     'Re-applied by the snapback from 28 Sep 2025: Iran may again not export the nuclear and missile items of S/2006/814 and S/2006/815, and states must prohibit procuring them from Iran. Validity contested by Iran, Russia and China.',
     'https://undocs.org/S/RES/1737(2006)', false, array ['dual_use', 'arms'], 'prohibition', 'all_states',
     array ['missile', 'ballistic missile', 'rocket', 'rocket motor', 'UAV', 'unmanned aerial vehicle', 'centrifuge', 'uranium', 'heavy water', 'nuclear'],
     date '2025-09-28', null),
    ('UNSCR 1747 (2007)', 'para 5',
     'Iran may not supply, sell or transfer any arms or related materiel, from its territory or by its nationals, ships or aircraft, and all states must prohibit procuring them from Iran. Terminated on Implementation Day (16 Jan 2016), when UNSCR 2231 Annex B para 6(b) took over.',
     'https://undocs.org/S/RES/1747(2007)', true, array ['arms'], 'prohibition', 'all_states', array []::text[],
     date '2007-03-24', date '2016-01-15'),
    ('UNSCR 1747 (2007)', 'para 5 (re-applied 2025)',
     'Re-applied by the snapback from 28 Sep 2025: Iran may again not supply, sell or transfer any arms or related materiel, and all states must prohibit procuring them from Iran. Validity contested by Iran, Russia and China.',
     'https://undocs.org/S/RES/1747(2007)', true, array ['arms'], 'prohibition', 'all_states', array []::text[],
     date '2025-09-28', null),
    ('UNSCR 1929 (2010)', 'para 8',
     'States must prevent supplying Iran with battle tanks, armoured combat vehicles, large-calibre artillery, combat aircraft, attack helicopters, warships, missiles or missile systems (UN Register categories) and related materiel including spare parts, and related services; vigilance for all other arms. Terminated 16 Jan 2016.',
     'https://undocs.org/S/RES/1929(2010)', false, array ['arms'], 'prohibition', 'all_states', array []::text[],
     date '2010-06-09', date '2016-01-15'),
    ('UNSCR 1929 (2010)', 'para 8 (re-applied 2025)',
     'Re-applied by the snapback from 28 Sep 2025: states must again prevent supplying Iran with the seven UN Register categories (tanks, armoured vehicles, artillery, combat aircraft, attack helicopters, warships, missiles) and related materiel. Validity contested by Iran, Russia and China.',
     'https://undocs.org/S/RES/1929(2010)', false, array ['arms'], 'prohibition', 'all_states', array []::text[],
     date '2025-09-28', null),
    ('UNSCR 2231 (2015)', 'Annex B para 4',
     'Supplying Iran with the MTCR-listed items of S/2015/546, or items that could contribute to nuclear weapon delivery systems, needs the Security Council''s approval in advance. Western states read it as also barring Iran''s transfer of such UAVs to Russia (2022); Iran and Russia deny it. Applied 16 Jan 2016 to 17 Oct 2023.',
     'https://undocs.org/S/RES/2231(2015)', false, array ['arms', 'dual_use'], 'prohibition', 'all_states',
     array ['missile', 'ballistic missile', 'cruise missile', 'rocket', 'UAV', 'drone', 'unmanned aerial vehicle', 'unmanned aircraft', 'loitering munition', 'Shahed', 'Mohajer', 'space launch vehicle'],
     date '2016-01-16', date '2023-10-17'),
    ('UNSCR 2231 (2015)', 'Annex B para 5',
     'Supplying Iran with battle tanks, armoured combat vehicles, large-calibre artillery, combat aircraft, attack helicopters, warships, missiles or missile systems (UN Register categories) or related materiel needs the Security Council''s approval in advance. Applied 16 Jan 2016 until five years after Adoption Day (18 Oct 2020).',
     'https://undocs.org/S/RES/2231(2015)', true, array ['arms'], 'prohibition', 'all_states', array []::text[],
     date '2016-01-16', date '2020-10-17'),
    ('UNSCR 2231 (2015)', 'Annex B para 6(b)',
     'States must prevent the supply, sale or transfer of arms or related materiel from Iran by their nationals or using their ships or aircraft, whether or not originating in Iran, unless the Security Council decides otherwise in advance. Applied 16 Jan 2016 until five years after Adoption Day (18 Oct 2020).',
     'https://undocs.org/S/RES/2231(2015)', true, array ['arms'], 'prohibition', 'all_states', array []::text[],
     date '2016-01-16', date '2020-10-17'),
    ('Regulation (EU) 2023/1529', 'Art 2',
     'Bans selling, supplying, transferring or exporting to any person in Iran, or for use in Iran, the goods and technology listed in the annex that could contribute to Iran''s manufacture of UAVs (and, since 2024, missiles), whether or not of EU origin, and related assistance, brokering and financing.',
     'https://eur-lex.europa.eu/eli/reg/2023/1529/oj', false, array ['dual_use'], 'prohibition', 'issuer_jurisdiction', array []::text[],
     date '2023-07-26', null),
    ('Regulation (EU) 2023/1529', 'Art 3',
     'Asset freeze on persons the Council lists as responsible for, supporting or involved in Iran''s UAV (since 2024 also missile) programme or its transfer of UAVs and missiles for Russia''s war against Ukraine (and, since 2024, to armed groups in the Middle East and Red Sea region). Applies only once a listed person takes part.',
     'https://eur-lex.europa.eu/eli/reg/2023/1529/oj', false, array ['arms', 'dual_use'], 'designation', 'issuer_jurisdiction', array []::text[],
     date '2023-07-26', null)
) as p (short_title, paragraph, summary, url, citation_verified, kinds, conduct, binds, goods_terms, applies_from, applies_until);

insert into sanctions_provision_scope (provision_id, supplier_code, recipient_code)
select (select sp.id
        from sanctions_provision sp
                 join sanctions_instrument i on i.id = sp.instrument_id
        where i.short_title = s.short_title
          and sp.paragraph = s.paragraph),
       s.supplier_code, s.recipient_code
from (values
    ('UNSCR 1737 (2006)', 'para 3', null, 'IRN'),
    ('UNSCR 1737 (2006)', 'para 3 (re-applied 2025)', null, 'IRN'),
    ('UNSCR 1737 (2006)', 'para 7', 'IRN', null),
    ('UNSCR 1737 (2006)', 'para 7 (re-applied 2025)', 'IRN', null),
    ('UNSCR 1747 (2007)', 'para 5', 'IRN', null),
    ('UNSCR 1747 (2007)', 'para 5 (re-applied 2025)', 'IRN', null),
    ('UNSCR 1929 (2010)', 'para 8', null, 'IRN'),
    ('UNSCR 1929 (2010)', 'para 8 (re-applied 2025)', null, 'IRN'),
    ('UNSCR 2231 (2015)', 'Annex B para 4', null, 'IRN'),
    ('UNSCR 2231 (2015)', 'Annex B para 4', 'IRN', null),
    ('UNSCR 2231 (2015)', 'Annex B para 5', null, 'IRN'),
    ('UNSCR 2231 (2015)', 'Annex B para 6(b)', 'IRN', null),
    ('Regulation (EU) 2023/1529', 'Art 2', null, 'IRN'),
    ('Regulation (EU) 2023/1529', 'Art 3', 'IRN', 'RUS')
) as s (short_title, paragraph, supplier_code, recipient_code);

insert into sanctions_provision_category (provision_id, category_code)
select (select sp.id
        from sanctions_provision sp
                 join sanctions_instrument i on i.id = sp.instrument_id
        where i.short_title = s.short_title
          and sp.paragraph = s.paragraph),
       c.code
from (values
    ('UNSCR 1929 (2010)', 'para 8',
     array ['UNROCA-I', 'UNROCA-II', 'UNROCA-III', 'UNROCA-IV', 'UNROCA-V', 'UNROCA-VI', 'UNROCA-VII']),
    ('UNSCR 1929 (2010)', 'para 8 (re-applied 2025)',
     array ['UNROCA-I', 'UNROCA-II', 'UNROCA-III', 'UNROCA-IV', 'UNROCA-V', 'UNROCA-VI', 'UNROCA-VII']),
    ('UNSCR 2231 (2015)', 'Annex B para 5',
     array ['UNROCA-I', 'UNROCA-II', 'UNROCA-III', 'UNROCA-IV', 'UNROCA-V', 'UNROCA-VI', 'UNROCA-VII']),
    -- engines (HS 84), electronics and navigation (HS 85), aircraft parts (HS 88), and the CHPL
    -- tiers that the annex's electronic and mechanical components fall in
    ('Regulation (EU) 2023/1529', 'Art 2',
     array ['HS84', 'HS85', 'HS88', 'CHPL-1', 'CHPL-2', 'CHPL-3A', 'CHPL-3B'])
) as s (short_title, paragraph, codes)
         cross join lateral unnest(s.codes) as c (code);
