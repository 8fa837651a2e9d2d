-- The UN DPRK regime's asset freeze, UNSCR 1718 (2006) para 8(d): the designation power under which the 1718
-- Committee lists the persons, entities and vessels of the Consolidated List's KPi/KPe entries. It is conduct
-- 'designation': a transfer breaches it only once a person the regime designates takes part, so it is suggested
-- for a transfer with a confirmed designated party, never from scope alone. Its scope rows (from and to the
-- DPRK) say which transfers the regime concerns; the suggestion does not depend on them.
--
-- Citation verified (citation_verified = true): the paragraph quoted in full, under its number, by Malta's
-- Sanctions Monitoring Board at https://smb.gov.mt/guidance-and-additional-material/terrorism-related-listings-and-de-listings/the-security-council-committee-established-pursuant-to-resolution-1718-2006/
insert into sanctions_provision (instrument_id, paragraph, summary, url, citation_verified, kinds, conduct, binds,
                                 goods_terms, applies_from, applies_until)
select i.id, 'para 8(d)',
       'Asset freeze: all states must freeze the funds, other financial assets and economic resources owned or controlled by the persons and entities the 1718 Committee or the Security Council designates (or those acting for them), and keep any from being made available to them. Applies only once a designated person takes part.',
       'https://undocs.org/S/RES/1718(2006)', true, array ['arms', 'dual_use', 'raw_material'], 'designation',
       'all_states', array []::text[], date '2006-10-14', null
from sanctions_instrument i
where i.short_title = 'UNSCR 1718 (2006)';

insert into sanctions_provision_scope (provision_id, supplier_code, recipient_code)
select p.id, s.supplier_code, s.recipient_code
from sanctions_provision p
         join sanctions_instrument i on i.id = p.instrument_id,
     (values ('PRK', null), (null, 'PRK')) as s (supplier_code, recipient_code)
where i.short_title = 'UNSCR 1718 (2006)'
  and p.paragraph = 'para 8(d)';
