-- Trigram similarity for searching designated persons' names the way sanctions staff type them:
-- near spellings, any word order, partial words.
create extension if not exists pg_trgm with schema public;
