-- A provision's scope as the pairs of states it concerns, replacing one targeted state and a
-- direction: a row names the supplier, the recipient or both (null = any state). UNSCR 1718's
-- embargo is two rows (from the DPRK to any state, from any state to the DPRK); the EU's listing
-- criteria for Iran's drones supplied to Russia is one row naming both.
create table sanctions_provision_scope (
    id             bigint generated always as identity primary key,
    provision_id   bigint      not null references sanctions_provision (id) on delete cascade,
    supplier_code  varchar(16) references country (code),
    recipient_code varchar(16) references country (code),
    constraint sanctions_provision_scope_names_a_state check (supplier_code is not null or recipient_code is not null),
    constraint sanctions_provision_scope_states_differ check (supplier_code <> recipient_code)
);

create unique index sanctions_provision_scope_unique
    on sanctions_provision_scope (provision_id, coalesce(supplier_code, ''), coalesce(recipient_code, ''));
create index sanctions_provision_scope_by_supplier on sanctions_provision_scope (supplier_code);
create index sanctions_provision_scope_by_recipient on sanctions_provision_scope (recipient_code);

insert into sanctions_provision_scope (provision_id, supplier_code, recipient_code)
select id, target_country_code, null
from sanctions_provision
where direction in ('exports_from', 'both')
union all
select id, null, target_country_code
from sanctions_provision
where direction in ('imports_to', 'both');
