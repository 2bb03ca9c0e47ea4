-- meetings.csv typed by the contract's parsing rules (sql/macros.sql); one row per raw row that reached DuckDB.
select
    row_id,
    line_number,
    parse_text(meeting_id)        as meeting_id,
    parse_text(rep_id)            as rep_id,
    parse_text(lead_id)           as lead_id,
    parse_text(customer_id)       as customer_id,
    parse_timestamp(invited_at)   as invited_at,
    parse_timestamp(scheduled_at) as scheduled_at,
    parse_code(status)            as status,
    parse_bool(held)              as held,
    parse_text(opportunity_id)    as opportunity_id
from raw_meetings
