-- Set when an administrator chose the password (a new account, a reset): the user must choose their own at
-- their next login before anything else opens. Cleared when they do.
alter table app_user add column password_change_required boolean not null default false;
