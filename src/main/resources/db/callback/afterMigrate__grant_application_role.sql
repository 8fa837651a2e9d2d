-- Runs as the owner role after every migrate (Flyway's afterMigrate callback, so also on a database
-- with nothing new to apply): the application role may read and write every table and use the
-- sequences, may only add to the audit trail, may only read the audit's vocabulary and Flyway's history. Rights a migration
-- added or a DBA granted by hand are brought back to exactly this. Nothing happens when the
-- application connects as the owner itself (no role split) or as a superuser (privileges do not bind it).
do $$
declare
    application_role text := '${appRole}';
begin
    if application_role = current_user
            or not exists (select from pg_roles where rolname = application_role and not rolsuper) then
        return;
    end if;
    execute format('grant usage on schema public to %I', application_role);
    execute format('grant select, insert, update, delete on all tables in schema public to %I', application_role);
    execute format('grant usage, select on all sequences in schema public to %I', application_role);
    execute format('revoke update, delete, truncate, references, trigger on audit_event from %I', application_role);
    execute format('revoke insert, update, delete, truncate on audit_action, audit_entity_type from %I',
                   application_role);
    execute format('revoke all on flyway_schema_history from %I', application_role);
    execute format('grant select on flyway_schema_history to %I', application_role);
end
$$;
