-- The outbox of changes that watchers are told about: one row per change to a transfer that matters to someone
-- who follows it (published, retracted, new evidence, status, confidence or period changed, a confirmed sanctions
-- link, a designated party). Rows are written by the trigger below from the audit events, so they exist exactly
-- when the change was committed, for every path that audits (the forms, the review, the import's bulk audit),
-- and an import writes its events in one statement per chunk. Matching against watches happens later, off the
-- request: a job claims unmatched rows with FOR UPDATE SKIP LOCKED and stamps matched_at.
create table change_event (
    id             bigint generated always as identity primary key,
    -- The moment of the change itself, not the start of its transaction (a watch begun meanwhile sees it).
    occurred_at    timestamptz not null default clock_timestamp(),
    -- The transaction that wrote it: the change feed orders by it, so that a reader never skips an event whose
    -- transaction committed after a later one's.
    transaction_id xid8        not null default pg_current_xact_id(),
    audit_event_id bigint      not null,
    transfer_id    bigint      not null references transfer (id) on delete cascade,
    kind           text        not null,
    actor_id       bigint references app_user (id) on delete set null,
    actor_name     text        not null,
    before_value   text,
    after_value    text,
    detail         text,
    -- Whether a viewer may be told: the transfer was published after the change, or this is its retraction.
    public         boolean     not null,
    matched_at     timestamptz,
    constraint change_event_kind_valid check (kind in ('created', 'published', 'retracted', 'evidence_added',
        'status_changed', 'confidence_changed', 'period_changed', 'sanctions_link_confirmed', 'designated_party'))
);

create index change_event_unmatched on change_event (id) where matched_at is null;
create index change_event_by_transaction on change_event (transaction_id, id);
create index change_event_by_transfer on change_event (transfer_id, id);

create function change_event_from_audit() returns trigger
    language plpgsql as
$$
begin
    insert into change_event (audit_event_id, transfer_id, kind, actor_id, actor_name, before_value,
                              after_value, detail, public)
    select changed.audit_event_id, changed.transfer_id, changed.kind, changed.actor_id,
           changed.actor_name, changed.before_value, changed.after_value, changed.detail,
           t.review_state = 'published' or changed.kind = 'retracted'
    from (
        -- A transfer created (a draft, or published at once by an import), published or retracted.
        select a.id as audit_event_id, a.occurred_at, a.transfer_id, a.actor_id, a.actor_name,
               case a.action when 'publish' then 'published' when 'retract' then 'retracted'
                   else case when a.after ->> 'review_state' = 'published' then 'published' else 'created' end
               end as kind,
               null::text as before_value, null::text as after_value,
               case when a.action = 'retract' then a.after ->> 'review_note' end as detail
        from added a
        where a.entity_type = 'transfer' and a.action in ('create', 'publish', 'retract') and a.transfer_id is not null
        union all
        -- The fields a watcher follows, each changed field an event of its own.
        select a.id, a.occurred_at, a.transfer_id, a.actor_id, a.actor_name, field.kind, field.before_value,
               field.after_value, null
        from added a
        cross join lateral (values
            ('status_changed', a.before ->> 'status', a.after ->> 'status'),
            ('confidence_changed', a.before ->> 'confidence', a.after ->> 'confidence'),
            ('period_changed',
             concat_ws(' ', a.before ->> 'period_start', a.before ->> 'period_end', a.before ->> 'period_precision'),
             concat_ws(' ', a.after ->> 'period_start', a.after ->> 'period_end', a.after ->> 'period_precision'))
        ) as field (kind, before_value, after_value)
        where a.entity_type = 'transfer' and a.action = 'update' and a.transfer_id is not null
          and field.before_value is distinct from field.after_value
        union all
        -- New evidence: the claim's stance, and the source's title.
        select a.id, a.occurred_at, a.transfer_id, a.actor_id, a.actor_name, 'evidence_added', null,
               a.after ->> 'stance', s.title
        from added a
        left join source s on s.id = (a.after ->> 'source_id')::bigint
        where a.entity_type = 'claim_link' and a.action = 'create' and a.transfer_id is not null
        union all
        -- A confirmed sanctions link, with the provision's citation.
        select a.id, a.occurred_at, a.transfer_id, a.actor_id, a.actor_name, 'sanctions_link_confirmed', null, null,
               concat_ws(' ', i.short_title, p.paragraph)
        from added a
        left join sanctions_provision p on p.id = (a.after ->> 'provision_id')::bigint
        left join sanctions_instrument i on i.id = p.instrument_id
        where a.entity_type = 'sanctions_link' and a.action = 'create' and a.transfer_id is not null
          and a.after ->> 'decision' = 'confirmed'
        union all
        -- A party of the transfer confirmed as a designation: every transfer the party takes part in.
        select a.id, a.occurred_at, tp.transfer_id, a.actor_id, a.actor_name, 'designated_party', null, d.reference,
               pa.name
        from added a
        join transfer_party tp on tp.party_id = (a.after ->> 'party_id')::bigint
        join party pa on pa.id = tp.party_id
        left join designation d on d.id = (a.after ->> 'designation_id')::bigint
        where a.entity_type = 'party_designation_match' and a.action = 'confirm'
        union all
        -- A party already confirmed as a designation added to a transfer.
        select a.id, a.occurred_at, a.transfer_id, a.actor_id, a.actor_name, 'designated_party', null,
               (select string_agg(d.reference, ', ' order by d.reference)
                from party_designation_match m join designation d on d.id = m.designation_id
                where m.party_id = pa.id and m.state = 'confirmed'), pa.name
        from added a
        join party pa on pa.id = (a.after ->> 'party_id')::bigint
        where a.entity_type = 'transfer_party' and a.action = 'create' and a.transfer_id is not null
          and exists (select 1 from party_designation_match m where m.party_id = pa.id and m.state = 'confirmed')
    ) as changed
    join transfer t on t.id = changed.transfer_id;
    return null;
end
$$;

create trigger audit_event_writes_change_events
    after insert on audit_event
    referencing new table as added
    for each statement
    execute function change_event_from_audit();
