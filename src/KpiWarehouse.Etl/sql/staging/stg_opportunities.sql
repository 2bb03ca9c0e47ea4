-- opportunities.csv typed by the contract's parsing rules (sql/macros.sql); one row per raw row that reached DuckDB.
select
    row_id,
    line_number,
    parse_text(opportunity_id) as opportunity_id,
    parse_text(customer_id)    as customer_id,
    parse_text(lead_id)        as lead_id,
    parse_text(owner_rep_id)   as owner_rep_id,
    parse_text(product_id)     as product_id,
    parse_code(type)           as type,
    parse_date(created_at)     as created_at,
    parse_decimal(amount)      as amount,
    parse_text(stage)          as stage,
    parse_code(status)         as status,
    parse_date(closed_at)      as closed_at,
    parse_text(lost_reason)    as lost_reason
from raw_opportunities
