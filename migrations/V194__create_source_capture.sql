-- A source's text as it was captured, one row per capture: the text exactly as pasted or fetched, its SHA-256
-- (of the UTF-8 bytes, as captured) and the SHA-256 of the text with white space folded and case ignored, which
-- is how the same text under another address is recognised (source.content_hash, V004, is the latter for the
-- latest capture). The same URL captured again with a different text adds a row; source.content is the latest.
create table source_capture (
    id                bigint generated always as identity primary key,
    source_id         bigint      not null references source (id) on delete cascade,
    capture_number    integer     not null,
    text              text        not null,
    sha256            text        not null,
    normalised_sha256 text        not null,
    captured_at       timestamptz not null default now(),
    captured_by       bigint      not null references app_user (id),
    constraint source_capture_number_unique unique (source_id, capture_number),
    constraint source_capture_number_positive check (capture_number >= 1),
    constraint source_capture_text_length check (length(text) between 1 and 1000000),
    constraint source_capture_sha256_format check (sha256 ~ '^[0-9a-f]{64}$'),
    constraint source_capture_normalised_sha256_format check (normalised_sha256 ~ '^[0-9a-f]{64}$')
);

create index source_capture_by_normalised_sha256 on source_capture (normalised_sha256);

-- Every source's text so far is its first capture, taken when the source was added.
insert into source_capture (source_id, capture_number, text, sha256, normalised_sha256, captured_at, captured_by)
select id, 1, content, encode(sha256(convert_to(content, 'UTF8')), 'hex'),
       coalesce(content_hash,
                encode(sha256(convert_to(lower(regexp_replace(btrim(content), '\s+', ' ', 'g')), 'UTF8')), 'hex')),
       created_at, created_by
from source
where content is not null;

insert into audit_entity_type (name) values ('source_capture');
