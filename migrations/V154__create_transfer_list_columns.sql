-- The columns each user chose to see in the Transfers list, in any browser they log in from. A user without a
-- row sees the default columns.
create table transfer_list_columns (
    user_id    bigint      primary key references app_user (id) on delete cascade,
    columns    text[]      not null,
    updated_at timestamptz not null default now(),
    constraint transfer_list_columns_count check (cardinality(columns) between 1 and 30)
);
