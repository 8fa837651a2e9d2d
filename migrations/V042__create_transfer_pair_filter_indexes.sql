-- The transfers grid filters by a country pair and more; the pair indexes alone leave PostgreSQL to read every
-- transfer of a busy pair (148,473 for PRK -> RUS) and intersect them with the other criterion's matches.

-- A pair's share of the transfers: supplier and recipient are correlated (a few pairs hold much of the data),
-- and multiplied as if independent they put PRK -> RUS at a quarter of its size.
create statistics transfer_pair_statistics (mcv, ndistinct, dependencies) on supplier_code, recipient_code from transfer;

-- Pair + period: the pair and the period's overlap in one index, with the very expression of the filter
-- (TransferRepository.condition) and of transfer_by_period.
create extension if not exists btree_gist;
create index transfer_by_pair_and_period on transfer
    using gist (supplier_code, recipient_code, daterange(period_start, period_end, '[]'));

-- Pair + free text: the pair and the search document in one index, so that the database intersects the
-- pair's and the words' entries inside the index.
create extension if not exists btree_gin;
create index transfer_search_by_pair on transfer using gin (supplier_code, recipient_code, search_document);

analyze transfer;
