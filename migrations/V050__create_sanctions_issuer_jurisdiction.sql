-- Whom an issuer's measures bind besides all states: the US, EU and UK bind their own persons and
-- territory, so their prohibitions concern a transfer only where a state of theirs supplies or
-- receives it. The UN Security Council binds every state and has no rows here.
alter table sanctions_issuer
    add column version    integer     not null default 0,
    add column retired_at timestamptz;

create table sanctions_issuer_jurisdiction (
    issuer_code  text        not null references sanctions_issuer (code) on delete cascade,
    country_code varchar(16) not null references country (code),
    primary key (issuer_code, country_code)
);

insert into sanctions_issuer_jurisdiction (issuer_code, country_code)
values ('US', 'USA'),
       ('UK', 'GBR');

-- The 27 member states of the European Union (since 1 February 2020).
insert into sanctions_issuer_jurisdiction (issuer_code, country_code)
select 'EU', code
from unnest(array ['AUT', 'BEL', 'BGR', 'HRV', 'CYP', 'CZE', 'DNK', 'EST', 'FIN', 'FRA', 'DEU', 'GRC', 'HUN',
                   'IRL', 'ITA', 'LVA', 'LTU', 'LUX', 'MLT', 'NLD', 'POL', 'PRT', 'ROU', 'SVK', 'SVN', 'ESP',
                   'SWE']) as member (code);
