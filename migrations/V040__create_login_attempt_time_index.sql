-- The nightly cleanup deletes the attempts older than the retention period; without an index on the
-- time alone it would read the whole table, which a password-guessing run can make large.
create index login_attempt_by_time on login_attempt (attempted_at);
