-- targets.csv typed by the contract's parsing rules (sql/macros.sql); one row per raw row that reached DuckDB.
select
    row_id,
    line_number,
    parse_date(month)     as month,
    parse_text(rep_id)    as rep_id,
    parse_code(metric)    as metric,
    parse_decimal(target) as target
from raw_targets
