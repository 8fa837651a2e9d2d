-- A party's part in one transfer: its role, and (party_claim) the sources that place it there. One party may
-- have several roles in a transfer (a shipping company that is shipper and carrier), each once.
create table transfer_party (
    id          bigint generated always as identity primary key,
    transfer_id bigint      not null references transfer (id) on delete cascade,
    party_id    bigint      not null references party (id),
    role        text        not null,
    note        text,
    created_by  bigint      not null references app_user (id),
    created_at  timestamptz not null default now(),
    updated_by  bigint      not null references app_user (id),
    updated_at  timestamptz not null default now(),
    version     integer     not null default 0,
    constraint transfer_party_role_valid check (role in ('manufacturer', 'seller', 'broker', 'shipper', 'carrier',
                                                         'consignee', 'end_user', 'financier')),
    constraint transfer_party_note_length check (length(note) <= 2000),
    constraint transfer_party_unique unique (transfer_id, party_id, role)
);

create index transfer_party_by_party on transfer_party (party_id, transfer_id);
