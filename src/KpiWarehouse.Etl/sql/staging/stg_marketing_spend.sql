-- marketing_spend.csv typed by the contract's parsing rules (sql/macros.sql); one row per raw row that reached DuckDB.
select
    row_id,
    line_number,
    parse_date(spend_date) as spend_date,
    parse_text(channel)    as channel,
    parse_code(category)   as category,
    parse_decimal(amount)  as amount
from raw_marketing_spend
