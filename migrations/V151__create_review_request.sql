-- A draft submitted for review and where its review stands: waiting for a reviewer (submitted), or sent back
-- to its analysts with a comment (returned). The transfer stays a draft meanwhile, so every rule on drafts
-- (viewers never see them, analysts may still correct them) holds unchanged; publishing or retracting the
-- transfer ends its request.
create table review_request (
    transfer_id       bigint      primary key references transfer (id) on delete cascade,
    state             text        not null,
    submitted_by      bigint      not null references app_user (id),
    submitted_at      timestamptz not null default now(),
    returned_by       bigint      references app_user (id),
    returned_at       timestamptz,
    return_comment_id bigint      references transfer_comment (id) on delete set null,
    constraint review_request_state_valid check (state in ('submitted', 'returned')),
    constraint review_request_returned_complete check ((state = 'returned') = (returned_by is not null)
                                                       and (returned_by is null) = (returned_at is null))
);

-- The review queue: submitted requests, oldest first.
create index review_request_queue on review_request (submitted_at, transfer_id) where state = 'submitted';
