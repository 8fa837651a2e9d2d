-- csv_cell follows TransferCsv.neutralise again, which now also sees a trigger behind leading spaces or
-- line breaks (incl. no-break and ideographic spaces: spreadsheets that trim a cell would read it) and the
-- full-width forms ＝ ＋ － ＠ (U+FF1D, U+FF0B, U+FF0D, U+FF20) that East Asian spreadsheets read as the ASCII
-- ones. As before: leading single quotes are skipped first, and empty text becomes NULL (an empty cell).
create or replace function csv_cell(value text) returns text
    language sql
    immutable
    parallel safe as
$$
select case
           when ascii(ltrim(ltrim(value, ''''), E' \n\u00a0\u3000'))
                    in (61, 43, 45, 64, 9, 13, 65309, 65291, 65293, 65312) then '''' || value
           else nullif(value, '')
           end
$$;
