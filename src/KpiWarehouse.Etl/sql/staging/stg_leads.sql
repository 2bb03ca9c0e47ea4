-- leads.csv typed by the contract's parsing rules (sql/macros.sql); one row per raw row that reached DuckDB.
select
    row_id,
    line_number,
    parse_text(lead_id)                as lead_id,
    parse_timestamp(created_at)        as created_at,
    parse_text(source)                 as source,
    parse_code(direction)              as direction,
    parse_text(owner_rep_id)           as owner_rep_id,
    parse_text(country)                as country,
    parse_timestamp(mql_at)            as mql_at,
    parse_timestamp(sql_at)            as sql_at,
    parse_timestamp(first_response_at) as first_response_at,
    parse_timestamp(disqualified_at)   as disqualified_at,
    parse_timestamp(converted_at)      as converted_at,
    parse_text(customer_id)            as customer_id
from raw_leads
