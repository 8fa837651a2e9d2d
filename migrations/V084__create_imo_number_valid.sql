-- Whether seven digits are a valid IMO ship number: the seventh digit is the last digit of the sum of the first
-- six weighted 7, 6, 5, 4, 3 and 2 (IMO Resolution A.1117(30)). IMO company numbers carry no such check digit.
create function imo_ship_number_valid(digits text) returns boolean
    language sql
    immutable
    parallel safe
    strict
return digits ~ '^[0-9]{7}$'
    and (substr(digits, 1, 1)::int * 7 + substr(digits, 2, 1)::int * 6 + substr(digits, 3, 1)::int * 5
         + substr(digits, 4, 1)::int * 4 + substr(digits, 5, 1)::int * 3 + substr(digits, 6, 1)::int * 2) % 10
        = substr(digits, 7, 1)::int;
