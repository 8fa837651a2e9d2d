-- A briefing can be built from any filtered Transfers list (issue 21): its scope may name one state or none, and
-- keeps the list's further criteria (status, text, party ...) as the list's URL query parameters, so that a saved
-- briefing re-generates with exactly the list it was built from.
alter table briefing alter column country_a drop not null;
alter table briefing alter column country_b drop not null;
alter table briefing add column criteria text not null default '';
alter table briefing add constraint briefing_criteria_length check (length(criteria) <= 4000);
