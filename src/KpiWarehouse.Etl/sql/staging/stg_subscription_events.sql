-- subscription_events.csv typed by the contract's parsing rules (sql/macros.sql); one row per raw row that reached DuckDB.
select
    row_id,
    line_number,
    parse_text(event_id)     as event_id,
    parse_text(customer_id)  as customer_id,
    parse_text(product_id)   as product_id,
    parse_date(event_date)   as event_date,
    parse_code(event_type)   as event_type,
    parse_decimal(mrr_delta) as mrr_delta
from raw_subscription_events
