-- Customers by the month of their first order (over all orders) and slice (Customer).
with customers as (
    select
        cast(date_trunc('month', first_order_date) as date) as month,
        customer_key,
        cast(null as integer) as rep_key,
        cast(null as integer) as product_key,
        cast(null as integer) as channel_key,
        referred_by_customer_id
    from dim_customer
    where customer_key > 0 and first_order_date is not null
)

select
    month,
    slice_id,
    nullif(count(*), 0) as new_customer_count,
    nullif(count(*) filter (where referred_by_customer_id is not null), 0) as referral_customer_count
from kpi_sliced(customers, ['Customer'])
group by month, slice_id
