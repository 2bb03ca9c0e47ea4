-- customers.csv: an account cannot be referred by itself.
select
    row_id,
    line_number,
    'referred_by_customer_id' as column_name,
    'KPIW-L123' as rule,
    'customer ' || customer_id || ' is referred by itself' as message
from stg_customers
where referred_by_customer_id = customer_id
