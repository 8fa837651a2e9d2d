-- V042's transfer_search_by_pair (supplier, recipient, search document) answers a search on the words alone
-- as well: a GIN index keeps each column's entries apart, and a condition on any of its columns reads only
-- that column's entries. The single-column index only cost every write (and every import) a second GIN entry
-- per word.
drop index transfer_search;
