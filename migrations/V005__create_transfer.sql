-- One reported movement of goods from a supplier to a recipient, as analysts record it.
create table transfer (
    id                 bigint generated always as identity primary key,
    supplier_code      varchar(16) not null references country (code),
    recipient_code     varchar(16) not null references country (code),
    kind               text          not null,
    category_code      text references category (code),
    item               text          not null,
    designation        text,
    quantity_low       numeric(20, 2),
    quantity_high      numeric(20, 2),
    quantity_unit      text,
    quantity_estimate  boolean       not null default false,
    value_usd_estimate numeric(20, 2),
    status             text          not null,
    period_start       date,
    period_end         date,
    period_precision   text,
    first_reported_on  date,
    route_notes        text,
    notes              text,
    confidence         text          not null,
    review_state       text          not null default 'draft',
    review_note        text,
    natural_key        text,
    search_document    tsvector      not null default ''::tsvector,
    created_by         bigint        not null references app_user (id),
    created_at         timestamptz   not null default now(),
    updated_by         bigint        not null references app_user (id),
    updated_at         timestamptz   not null default now(),
    version            integer       not null default 0,
    constraint transfer_supplier_differs_from_recipient check (supplier_code <> recipient_code),
    constraint transfer_kind_valid check (kind in ('arms', 'raw_material', 'dual_use')),
    constraint transfer_item_not_blank check (length(btrim(item)) between 1 and 500),
    constraint transfer_designation_length check (length(designation) <= 200),
    constraint transfer_quantity_not_negative check (quantity_low >= 0 and quantity_high >= 0),
    constraint transfer_quantity_range_ordered check (quantity_low <= quantity_high),
    constraint transfer_quantity_unit_length check (length(quantity_unit) <= 50),
    constraint transfer_value_not_negative check (value_usd_estimate >= 0),
    constraint transfer_status_valid check (status in ('reported', 'under_negotiation', 'agreed', 'in_delivery',
                                                       'delivered', 'denied', 'disputed')),
    constraint transfer_period_ordered check (period_start <= period_end),
    constraint transfer_period_complete check ((period_start is null) = (period_end is null)
        and (period_start is null) = (period_precision is null)),
    constraint transfer_period_precision_valid check (period_precision in ('day', 'month', 'quarter', 'year')),
    constraint transfer_route_notes_length check (length(route_notes) <= 2000),
    constraint transfer_notes_length check (length(notes) <= 10000),
    constraint transfer_confidence_valid check (confidence in ('high', 'moderate', 'low')),
    constraint transfer_review_state_valid check (review_state in ('draft', 'published', 'retracted')),
    constraint transfer_retraction_has_reason check (review_state <> 'retracted' or coalesce(length(btrim(review_note)), 0) > 0),
    constraint transfer_natural_key_unique unique (natural_key)
);

-- Filtering by country pair in either direction: (supplier, recipient) serves "A -> B", "A -> any"
-- and, OR-ed with itself, "A <-> B"; (recipient, supplier) serves "any -> B".
create index transfer_by_pair on transfer (supplier_code, recipient_code, id);
create index transfer_by_recipient on transfer (recipient_code, supplier_code, id);
create index transfer_by_period on transfer using gist (daterange(period_start, period_end, '[]'));
create index transfer_by_review_state on transfer (review_state, id);
create index transfer_search on transfer using gin (search_document);
