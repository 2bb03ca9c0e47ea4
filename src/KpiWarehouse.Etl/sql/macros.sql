-- Parsing rules of the raw contract (shared/spec/raw-contract.md), one macro per value kind.
-- Each returns NULL when the text is empty or does not parse; validation tells the two apart.
-- {decimal_comma} is replaced by the loader: true for --locale fr.

create or replace temp macro parse_text(s) as
    nullif(s, '');

create or replace temp macro parse_code(s) as
    nullif(upper(trim(s)), '');

-- Each macro below first tries the text as it usually is (no surrounding spaces, nothing to normalize): the
-- same result for less work. Only other text goes through trim and normalize_number.
create or replace temp macro parse_date(s) as
    case
        when regexp_full_match(s, '\d{4}-\d{2}-\d{2}') then try_cast(s as date)
        when regexp_full_match(trim(s), '\d{4}-\d{2}-\d{2}') then try_cast(trim(s) as date)
    end;

-- YYYY-MM-DDTHH:MM[:SS] or YYYY-MM-DD HH:MM[:SS], local time, no zone. (DuckDB's cast reads the T as a space.)
create or replace temp macro parse_timestamp(s) as
    case
        when regexp_full_match(s, '\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}') then try_cast(s as timestamp)
        when regexp_full_match(trim(s), '\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?')
            then try_cast(replace(trim(s), 'T', ' ') || case when length(trim(s)) = 16 then ':00' else '' end as timestamp)
    end;

-- The number as written, with the French export style undone: spaces and no-break spaces
-- (U+00A0, U+202F) as thousands separators, a comma as decimal separator.
create or replace temp macro normalize_number(s) as
    case when {decimal_comma}
        then replace(regexp_replace(trim(s), '[ \x{00A0}\x{202F}]', '', 'g'), ',', '.')
        else trim(s)
    end;

create or replace temp macro parse_decimal(s) as
    case
        when regexp_full_match(s, '[+-]?(\d+(\.\d*)?|\.\d+)') then try_cast(s as decimal(18, 4))
        when regexp_full_match(normalize_number(s), '[+-]?(\d+(\.\d*)?|\.\d+)')
            then try_cast(normalize_number(s) as decimal(18, 4))
    end;

create or replace temp macro parse_int(s) as
    case
        when regexp_full_match(s, '[+-]?\d+') then try_cast(s as integer)
        when regexp_full_match(normalize_number(s), '[+-]?\d+') then try_cast(normalize_number(s) as integer)
    end;

create or replace temp macro parse_bool(s) as
    case lower(trim(s))
        when 'true' then true when '1' then true when 'yes' then true
        when 'false' then false when '0' then false when 'no' then false
    end;
