-- The CSV export lets PostgreSQL format the file: COPY (<the filtered list's query>) TO STDOUT (FORMAT csv)
-- quotes fields as RFC 4180 says and streams the rows straight to the download, without building objects
-- for them in the application. Each text cell passes through csv_cell first, which keeps spreadsheet
-- formulas out (OWASP ASVS 5.0, 1.2.10) by the rule of TransferCsv.neutralise: a value whose first
-- character after any leading single quotes is = + - @ TAB or CR gets one more leading quote, which the
-- import takes off again (NUL, the rule's last trigger, cannot occur in PostgreSQL text). Empty text
-- becomes NULL, which COPY writes as an empty cell without quotes, as the export always has. The code of
-- the first character (61 =, 43 +, 45 -, 64 @, 9 TAB, 13 CR, 39 ') decides without copying the text.
create function csv_cell(value text) returns text
    language sql
    immutable
    parallel safe as
$$
select case
           when ascii(value) in (61, 43, 45, 64, 9, 13) then '''' || value
           when ascii(value) = 39 and ascii(ltrim(value, '''')) in (61, 43, 45, 64, 9, 13) then '''' || value
           else nullif(value, '')
           end
$$;
