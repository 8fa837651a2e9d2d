-- Every transfer gets a stable natural key, so that an exported CSV re-imports onto the same rows
-- instead of creating duplicates. Transfers entered by hand get a random one ("tw:<uuid>"); imports
-- and demo data bring their own. New transfers get theirs from the application.
update transfer set natural_key = 'tw:' || gen_random_uuid() where natural_key is null;
