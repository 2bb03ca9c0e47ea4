-- orders.csv typed by the contract's parsing rules (sql/macros.sql); one row per raw row that reached DuckDB.
select
    row_id,
    line_number,
    parse_text(order_id)        as order_id,
    parse_int(line_no)          as line_no,
    parse_date(order_date)      as order_date,
    parse_text(customer_id)     as customer_id,
    parse_text(product_id)      as product_id,
    parse_text(rep_id)          as rep_id,
    parse_text(opportunity_id)  as opportunity_id,
    parse_decimal(quantity)     as quantity,
    parse_decimal(unit_price)   as unit_price,
    parse_decimal(discount_pct) as discount_pct,
    parse_decimal(unit_cost)    as unit_cost
from raw_orders
