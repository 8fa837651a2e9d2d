-- The one definition of how a listed name is compared: accents dropped, lower case, every run of
-- characters other than letters and digits (hyphens, commas, quotes, line breaks) as one space,
-- trimmed; "KIM JONG-UN" and "Kim  Jong Un" have the same key. unaccent() itself is only stable
-- (its dictionary could change), so this wrapper names the dictionary and is declared immutable,
-- which an index and a generated column need; were the dictionary ever changed, the names would
-- be re-keyed by a migration.
create function designation_search_key(name text) returns text
    language sql
    immutable
    parallel safe
    strict
return btrim(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, name)), '[^[:alnum:]]+', ' ', 'g'));
