-- Articles, official statements, UN and monitoring reports and dataset rows that make claims.
create table source (
    id             bigint generated always as identity primary key,
    kind           text        not null,
    title          text        not null,
    publisher      text,
    author         text,
    url            text,
    normalised_url text,
    published_on   date,
    language       text,
    content        text,
    content_hash   text,
    created_by     bigint      not null references app_user (id),
    created_at     timestamptz not null default now(),
    updated_by     bigint      not null references app_user (id),
    updated_at     timestamptz not null default now(),
    version        integer     not null default 0,
    constraint source_kind_valid check (kind in ('news_article', 'official_statement', 'un_report',
                                                 'monitoring_report', 'dataset', 'other')),
    constraint source_title_not_blank check (length(btrim(title)) between 1 and 500),
    constraint source_publisher_length check (length(publisher) <= 200),
    constraint source_author_length check (length(author) <= 200),
    constraint source_url_format check (url ~ '^https?://[^\s/$.?#][^\s]*$' and length(url) <= 2000),
    constraint source_url_normalised_together check ((url is null) = (normalised_url is null)),
    constraint source_normalised_url_unique unique (normalised_url),
    constraint source_language_format check (language ~ '^[a-z]{2,3}$'),
    constraint source_content_length check (length(content) <= 1000000),
    constraint source_content_hash_format check (content_hash ~ '^[0-9a-f]{64}$')
);

create index source_by_content_hash on source (content_hash);
create index source_search on source
    using gin (to_tsvector('simple', title || ' ' || coalesce(publisher, '') || ' ' || coalesce(url, '')));
