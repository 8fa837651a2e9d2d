-- An instrument is retired rather than deleted once it no longer applies (repealed, replaced); its
-- provisions stay on the transfers linked to them.
alter table sanctions_instrument
    add column retired_at timestamptz;
