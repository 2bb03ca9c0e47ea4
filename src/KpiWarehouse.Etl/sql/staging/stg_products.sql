-- products.csv typed by the contract's parsing rules (sql/macros.sql); one row per raw row that reached DuckDB.
select
    row_id,
    line_number,
    parse_text(product_id)    as product_id,
    parse_text(product_name)  as product_name,
    parse_text(product_line)  as product_line,
    parse_text(category)      as category,
    parse_decimal(list_price) as list_price,
    parse_decimal(unit_cost)  as unit_cost,
    parse_bool(is_recurring)  as is_recurring
from raw_products
