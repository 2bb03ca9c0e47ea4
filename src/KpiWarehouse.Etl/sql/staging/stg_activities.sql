-- activities.csv typed by the contract's parsing rules (sql/macros.sql); one row per raw row that reached DuckDB.
select
    row_id,
    line_number,
    parse_text(activity_id)      as activity_id,
    parse_text(rep_id)           as rep_id,
    parse_timestamp(occurred_at) as occurred_at,
    parse_code(type)             as type,
    parse_code(direction)        as direction,
    parse_text(lead_id)          as lead_id,
    parse_text(customer_id)      as customer_id,
    parse_text(opportunity_id)   as opportunity_id,
    parse_code(outcome)          as outcome
from raw_activities
