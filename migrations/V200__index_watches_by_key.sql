-- The matcher finds the watches a batch of changes concerns by joining the changed transfers' keys (their pairs,
-- parties, designations, provisions and ids) with the watches' targets, rather than by loading every watch.
create index watch_active_by_key on watch (kind, target) where not paused;
