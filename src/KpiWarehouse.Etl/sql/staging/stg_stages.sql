-- stages.csv typed by the contract's parsing rules (sql/macros.sql); one row per raw row that reached DuckDB.
select
    row_id,
    line_number,
    parse_text(stage)          as stage,
    parse_int(sort_order)      as sort_order,
    parse_decimal(probability) as probability
from raw_stages
