-- The US Export Administration Regulations' Russia and Belarus rules (15 CFR part 746) and the
-- UK's dual-use export ban on Russia (SI 2019/855 reg 32). Same lookup-by-short-title pattern as
-- V012.
--
-- Citations verified (citation_verified = true) against the text found with the search tool:
-- * 15 CFR 746.8(a) ("Sanctions against Russia and Belarus", license requirements for items
--   classified in an ECCN on the Commerce Control List going to or within Russia or Belarus):
--   the section's text in the repository AlextheYounga/ecfr, file
--   cfr/.../part-746-Embargoes-Other-Special-Controls/section-746.8.md (search corpus "code").
--   The expansion to all CCL items, effective 8 April 2022, is from the Federal Register
--   abstract of rule 2022-07937 (87 FR 22130) at https://api.ai-analytics.org/commerce-rule/2022-07937.md;
--   Belarus was added effective 2 March 2022 (87 FR 13048, https://regulations.justia.com/regulations/fedreg/2022/03/08/2022-04819.html).
-- * 15 CFR 746.5(a)(1)(ii) (licence for any item subject to the EAR listed in supplement no. 4,
--   to or within Russia or Belarus): section-746.5.md in the same repository.
-- * SI 2019/855 reg 32 (export of dual-use goods for military use in Russia) and its Chapter 3
--   heading, as at 10 February 2022: https://legislation.gov.uk/uksi/2019/855/part/5/chapter/3/2022-02-10/data.html.
-- Not loaded: the UK's critical-industry goods ban and its other Part 5 bans. Reg 21 defines
--   "critical-industry goods" (Schedule 2A; https://www.legislation.gov.uk/uksi/2019/855/part/5/2023-02-07/data.xht),
--   but the search tool did not yield the number of the regulation that bans their export, and
--   the catalogue does not guess regulation numbers.
--
-- Judgement calls and limits:
-- * binds 'issuer_jurisdiction': the catalogue suggests a US provision only where the United
--   States supplies or receives a transfer. The EAR reach further: items subject to the EAR
--   include foreign-made items with more than de minimis US content and foreign direct products
--   of US technology (15 CFR 734.9(f), the Russia/Belarus foreign direct product rule), wherever
--   they are shipped from. A third-country export of such an item to Russia is covered by 746.8
--   but will not be suggested; the summary says so, and analysts must judge it.
-- * 746.8(a) covers every CCL item, including the 600-series military items, so its kinds are
--   dual_use and arms with no category. USML items are under ITAR (the State Department), not
--   the EAR, and are not loaded.
-- * Periods: 746.8 applied to Russia from 24 Feb 2022 (87 FR 12226) and to Belarus from 2 Mar
--   2022, for most CCL categories, and for all CCL items from 8 Apr 2022. One provision has one
--   date: applies_from is 2022-02-24, and the summary gives the others. 746.5(a)(1)(ii)
--   (supplement no. 4) is dated 2022-02-24 too; its list has since grown by several rules
--   (e.g. 88 FR 33422, May 2023).
-- * 746.5(a)(1)(ii) is scoped to HS 84 and 85, where most of supplement no. 4's HTS-6 codes sit.
-- * SI 2019/855 reg 32 as it stood until 28 Feb 2022 banned dual-use exports for military use or
--   military end-users only; SI 2022/195 widened the dual-use prohibitions from 1 March 2022. The
--   row starts on IP completion day (31 Dec 2020, when the SI came into force, see V060) and its
--   summary states the military-use condition.
-- * New regimes 'US-EAR-Russia' and 'UK-Russia'; SI 2019/855 is moved to 'UK-Russia'.

insert into sanctions_regime (code, issuer_code, name)
values ('US-EAR-Russia', 'US', 'Export Administration Regulations: sanctions against Russia and Belarus (15 CFR part 746)'),
       ('UK-Russia', 'UK', 'The Russia (Sanctions) (EU Exit) Regulations 2019');

update sanctions_instrument
set regime_code = 'UK-Russia'
where short_title = 'SI 2019/855';

insert into sanctions_instrument (issuer_code, short_title, title, adopted_on, url, regime_code)
values ('US', '15 CFR part 746 (EAR)',
        'Export Administration Regulations, 15 CFR part 746: Embargoes and Other Special Controls (Bureau of Industry and Security)',
        null, 'https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-746', 'US-EAR-Russia');

insert into sanctions_provision (instrument_id, paragraph, summary, url, citation_verified, kinds, conduct, binds,
                                 goods_terms, applies_from, applies_until)
select (select i.id from sanctions_instrument i where i.short_title = p.short_title),
       p.paragraph, p.summary, p.url, p.citation_verified, p.kinds, 'prohibition', 'issuer_jurisdiction',
       array []::text[], p.applies_from, null
from (values
    ('15 CFR part 746 (EAR)', '§ 746.8(a)',
     'A US licence (policy of denial) is needed to export, reexport or transfer to or within Russia or Belarus any item on the Commerce Control List: from 24 Feb 2022 for Russia, 2 Mar 2022 for Belarus, all CCL items from 8 Apr 2022. Also reaches foreign-made items under the de minimis and foreign direct product rules, which the scope cannot show.',
     'https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-746/section-746.8',
     true, array ['dual_use', 'arms'], date '2022-02-24'),
    ('15 CFR part 746 (EAR)', '§ 746.5(a)(1)(ii)',
     'A US licence is needed to export, reexport or transfer to or within Russia or Belarus any item subject to the EAR that is listed by HTS code in supplement no. 4 to part 746 (industry sector sanctions: industrial machinery, electronics and other items, including EAR99 items).',
     'https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-746/section-746.5',
     true, array ['dual_use'], date '2022-02-24'),
    ('SI 2019/855', 'reg 32',
     'Prohibits exporting dual-use goods to Russia for military use, for military use in Russia, or to persons listed in Schedule 4 (as the regulation stood until 28 Feb 2022; later amendments widened the UK''s dual-use bans on Russia).',
     'https://www.legislation.gov.uk/uksi/2019/855/part/5/chapter/3',
     true, array ['dual_use'], date '2020-12-31')
) as p (short_title, paragraph, summary, url, citation_verified, kinds, applies_from);

insert into sanctions_provision_scope (provision_id, supplier_code, recipient_code)
select (select sp.id
        from sanctions_provision sp
                 join sanctions_instrument i on i.id = sp.instrument_id
        where i.short_title = s.short_title
          and sp.paragraph = s.paragraph),
       s.supplier_code, s.recipient_code
from (values
    ('15 CFR part 746 (EAR)', '§ 746.8(a)', null, 'RUS'),
    ('15 CFR part 746 (EAR)', '§ 746.8(a)', null, 'BLR'),
    ('15 CFR part 746 (EAR)', '§ 746.5(a)(1)(ii)', null, 'RUS'),
    ('15 CFR part 746 (EAR)', '§ 746.5(a)(1)(ii)', null, 'BLR'),
    ('SI 2019/855', 'reg 32', null, 'RUS')
) as s (short_title, paragraph, supplier_code, recipient_code);

insert into sanctions_provision_category (provision_id, category_code)
select (select sp.id
        from sanctions_provision sp
                 join sanctions_instrument i on i.id = sp.instrument_id
        where i.short_title = s.short_title
          and sp.paragraph = s.paragraph),
       c.code
from (values
    ('15 CFR part 746 (EAR)', '§ 746.5(a)(1)(ii)', array ['HS84', 'HS85'])
) as s (short_title, paragraph, codes)
         cross join lateral unnest(s.codes) as c (code);
