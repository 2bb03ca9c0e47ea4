-- quotes.csv typed by the contract's parsing rules (sql/macros.sql); one row per raw row that reached DuckDB.
select
    row_id,
    line_number,
    parse_text(quote_id)       as quote_id,
    parse_text(opportunity_id) as opportunity_id,
    parse_date(sent_at)        as sent_at,
    parse_decimal(amount)      as amount,
    parse_code(status)         as status,
    parse_date(decided_at)     as decided_at
from raw_quotes
