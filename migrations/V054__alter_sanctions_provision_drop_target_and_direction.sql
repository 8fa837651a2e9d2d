-- Replaced by sanctions_provision_scope (V052).
drop index sanctions_provision_by_target;

alter table sanctions_provision
    drop column target_country_code,
    drop column direction;
