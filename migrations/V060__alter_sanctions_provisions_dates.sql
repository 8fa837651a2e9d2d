-- Corrections to provisions loaded by V012 (dates set by V053 from the instrument's adoption
-- date), checked against the texts where the search tool held them. Each update names its row by
-- instrument short title and paragraph and must change exactly one row; the DO block at the end
-- fails the migration otherwise.
--
-- * Regulation (EU) 833/2014 Art 2a: applies from 25 Feb 2022. The article was inserted by
--   Council Regulation (EU) 2022/328 of 25 February 2022 (OJ L 49, 25.2.2022), in force on the
--   day of its publication; it did not exist in 2014. The amending act is listed as M7 in the
--   consolidated text 02014R0833-20220316 (https://eur-lex.europa.eu/eli/reg/2014/833/2022-03-16).
-- * Regulation (EU) 833/2014 Arts 2 and 4: apply from 1 Aug 2014, the day after publication in
--   OJ L 229 of 31.7.2014 (the Regulation enters into force on the day following its
--   publication), not the adoption date. Art 2's summary now says that until 25 Feb 2022 it
--   banned dual-use goods only for military use or military end-users in Russia; Regulation (EU)
--   2022/328 replaced it with the general ban the summary describes. Not verified against the
--   2014 text (the search tool returned only the consolidated versions' front matter).
-- * SI 2019/855 regs 22-23: apply from 31 Dec 2020. The SI was made in 2019 but came into force
--   on IP completion day, the end of the Brexit transition period: "Reg. 22 in force at
--   31.12.2020 on IP completion day", https://legislation.gov.uk/uksi/2019/855/part/5/chapter/2/2022-02-10.
-- * SI 2019/411 regs 35-36 (DPRK): apply from 31 Dec 2020 for the same reason; the EU Exit
--   sanctions regulations were all commenced on IP completion day. Not checked for this SI.
-- * UNSCR 2397 (2017) para 5: the 500,000-barrel cap applies from 1 Jan 2018 (its 12-month
--   period starts then, as its summary says); UNSCR 2375 para 14 covers 2017 and ends 2017-12-31.
-- No scope, kind or category of the V012 rows was found wrong against the texts checked.

update sanctions_provision p
set applies_from = c.applies_from,
    summary      = coalesce(c.summary, p.summary)
from sanctions_instrument i,
     (values ('Regulation (EU) 833/2014', 'Art 2a', date '2022-02-25', null::text),
             ('Regulation (EU) 833/2014', 'Art 2', date '2014-08-01',
              'Bans selling, supplying, transferring or exporting dual-use goods and technology (Annex I to Regulation (EU) 2021/821) to any person in Russia or for use in Russia, and related assistance, brokering and financing. Until 25 Feb 2022 (Regulation (EU) 2022/328) only for military use or military end-users.'),
             ('Regulation (EU) 833/2014', 'Art 4', date '2014-08-01', null),
             ('SI 2019/855', 'regs 22–23', date '2020-12-31', null),
             ('SI 2019/411', 'regs 35–36', date '2020-12-31', null),
             ('UNSCR 2397 (2017)', 'para 5', date '2018-01-01', null)) as c (short_title, paragraph, applies_from, summary)
where i.id = p.instrument_id
  and i.short_title = c.short_title
  and p.paragraph = c.paragraph;

do
$$
begin
    if (select count(*)
        from sanctions_provision p
                 join sanctions_instrument i on i.id = p.instrument_id
        where (i.short_title, p.paragraph, p.applies_from) in
              (('Regulation (EU) 833/2014', 'Art 2a', date '2022-02-25'),
               ('Regulation (EU) 833/2014', 'Art 2', date '2014-08-01'),
               ('Regulation (EU) 833/2014', 'Art 4', date '2014-08-01'),
               ('SI 2019/855', 'regs 22–23', date '2020-12-31'),
               ('SI 2019/411', 'regs 35–36', date '2020-12-31'),
               ('UNSCR 2397 (2017)', 'para 5', date '2018-01-01'))) <> 6 then
        raise exception 'V060: a corrected provision was not found by short title and paragraph';
    end if;
end
$$;
