-- customers.csv typed by the contract's parsing rules (sql/macros.sql); one row per raw row that reached DuckDB.
select
    row_id,
    line_number,
    parse_text(customer_id)             as customer_id,
    parse_text(customer_name)           as customer_name,
    parse_code(segment)                 as segment,
    parse_text(industry)                as industry,
    parse_text(country)                 as country,
    parse_text(region)                  as region,
    parse_text(city)                    as city,
    parse_date(created_date)            as created_date,
    parse_text(referred_by_customer_id) as referred_by_customer_id,
    parse_text(acquisition_channel)     as acquisition_channel
from raw_customers
