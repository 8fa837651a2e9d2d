-- The comment thread of a transfer: what analysts and reviewers say about it while it is worked on, kept with
-- it (a draft deleted takes its thread along; the audit keeps what was said). Viewers never see it.
-- sent_back marks the comment a reviewer returned the draft to its analysts with.
create table transfer_comment (
    id          bigint generated always as identity primary key,
    transfer_id bigint      not null references transfer (id) on delete cascade,
    author_id   bigint      not null references app_user (id),
    body        text        not null,
    sent_back   boolean     not null default false,
    created_at  timestamptz not null default now(),
    constraint transfer_comment_body_length check (length(body) between 1 and 4000),
    constraint transfer_comment_body_trimmed check (body = btrim(body))
);

create index transfer_comment_by_transfer on transfer_comment (transfer_id, id);
