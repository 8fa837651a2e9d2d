-- The duplicate warning compares a new transfer with the pair's transfers whose period overlaps (the index
-- transfer_by_pair_and_period) and with its latest transfers of unknown period, which that index cannot find.
create index transfer_by_pair_without_period on transfer (supplier_code, recipient_code, id) where period_start is null;
