-- Where a user's watch notifications are mailed (a user without one is mailed nothing). It goes with the user.
create table mail_address (
    user_id bigint primary key references app_user (id) on delete cascade,
    address text   not null,
    constraint mail_address_plausible check (length(address) between 3 and 320 and address like '%_@_%')
);
