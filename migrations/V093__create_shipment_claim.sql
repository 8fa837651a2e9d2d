-- A source's claim about a shipment, in the evidence model of a transfer's claims (claim_link).
create table shipment_claim (
    id          bigint generated always as identity primary key,
    shipment_id bigint      not null references shipment (id) on delete cascade,
    source_id   bigint      not null references source (id),
    quote       text        not null,
    stance      text        not null,
    reliability char(1)     not null,
    credibility smallint    not null,
    created_by  bigint      not null references app_user (id),
    created_at  timestamptz not null default now(),
    constraint shipment_claim_quote_not_blank check (length(btrim(quote)) between 1 and 10000),
    constraint shipment_claim_stance_valid check (stance in ('supports', 'disputes')),
    constraint shipment_claim_reliability_valid check (reliability in ('A', 'B', 'C', 'D', 'E', 'F')),
    constraint shipment_claim_credibility_valid check (credibility between 1 and 6),
    constraint shipment_claim_unique_per_source_and_stance unique (shipment_id, source_id, stance)
);

create index shipment_claim_by_source on shipment_claim (source_id);
