-- Who last changed an issuer, instrument or provision, and when: a save refused over a newer one names
-- them, as it does for transfers. Rows loaded by migrations have neither.
alter table sanctions_issuer
    add column updated_by bigint references app_user (id),
    add column updated_at timestamptz;

alter table sanctions_instrument
    add column updated_by bigint references app_user (id),
    add column updated_at timestamptz;

alter table sanctions_provision
    add column updated_by bigint references app_user (id),
    add column updated_at timestamptz;
