-- The plain words by which people name the goods of a category ("drone", "UAV" for ML10; "shells" for ML3;
-- "oil" for HS27): the category pickers and filters find a category by them, the CSV import and the API
-- accept them for a category code, and the intake assistant learns the ones it does not know yet. A keyword
-- names one category only, so that a word typed in an import or a link resolves to exactly one.
-- added_by is null for the keywords we ship; the assistant learns only keywords staff added, because its own
-- vocabulary already holds the shipped ones with the exceptions that keep "a round of talks" or "lead the
-- talks" from being goods.
create table category_keyword (
    id                 bigint generated always as identity primary key,
    category_code      text not null references category (code) on delete cascade,
    keyword            text not null,
    normalised_keyword text generated always as (lower(btrim(keyword))) stored,
    added_by           bigint references app_user (id),
    added_at           timestamptz not null default now(),
    constraint category_keyword_length check (length(btrim(keyword)) between 2 and 100),
    constraint category_keyword_unique unique (normalised_keyword)
);

create index category_keyword_by_category on category_keyword (category_code);
create index category_keyword_by_prefix on category_keyword (normalised_keyword text_pattern_ops);
