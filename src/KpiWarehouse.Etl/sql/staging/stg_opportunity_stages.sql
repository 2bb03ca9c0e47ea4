-- opportunity_stages.csv typed by the contract's parsing rules (sql/macros.sql); one row per raw row that reached DuckDB.
select
    row_id,
    line_number,
    parse_text(opportunity_id) as opportunity_id,
    parse_text(stage)          as stage,
    parse_date(entered_at)     as entered_at
from raw_opportunity_stages
