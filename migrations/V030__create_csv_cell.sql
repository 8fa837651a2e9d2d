-- The CSV export lets PostgreSQL format the file: COPY (<the filtered list's query>) TO STDOUT (FORMAT csv)
-- quotes fields as RFC 4180 says and streams the rows straight to the download, without building objects
-- for them in the application. Each text cell passes through csv_cell first, which keeps spreadsheet
-- formulas out (OWASP ASVS 5.0, 1.2.10) by the rule of TransferCsv.neutralise: a value whose first
-- character after any leading single quotes is = + - @ TAB or CR gets one more leading quote, which the
-- import takes off again (NUL, the rule's last trigger, cannot occur in PostgreSQL text). Empty text
-- becomes NULL, which COPY writes as an empty cell without quotes, as the export always has.
create function csv_cell(value text) returns text
    language sql
    immutable
    parallel safe as
$$
select case
           when left(ltrim(value, ''''), 1) in ('=', '+', '-', '@', E'\t', E'\r') then '''' || value
           else nullif(value, '')
           end
$$;
