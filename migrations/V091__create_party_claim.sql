-- A source's claim that a party had its role in a transfer: the same evidence model as a transfer's claims
-- (claim_link): the quoted passage, supports or disputes, and the Admiralty grade.
create table party_claim (
    id                bigint generated always as identity primary key,
    transfer_party_id bigint      not null references transfer_party (id) on delete cascade,
    source_id         bigint      not null references source (id),
    quote             text        not null,
    stance            text        not null,
    reliability       char(1)     not null,
    credibility       smallint    not null,
    created_by        bigint      not null references app_user (id),
    created_at        timestamptz not null default now(),
    constraint party_claim_quote_not_blank check (length(btrim(quote)) between 1 and 10000),
    constraint party_claim_stance_valid check (stance in ('supports', 'disputes')),
    constraint party_claim_reliability_valid check (reliability in ('A', 'B', 'C', 'D', 'E', 'F')),
    constraint party_claim_credibility_valid check (credibility between 1 and 6),
    constraint party_claim_unique_per_source_and_stance unique (transfer_party_id, source_id, stance)
);

create index party_claim_by_source on party_claim (source_id);
