-- Customers by the month of their first order (over all orders) and slice (Customer).
with customers as (
    select c.*, cast(date_trunc('month', c.first_order_date) as date) as month
    from dim_customer as c
    where c.customer_key > 0 and c.first_order_date is not null
),

sliced as (
    select 0 as slice_id, c.* from customers as c
    union all
    select k.slice_id, c.* from customers as c inner join int_kpi_slice_keys as k on k.customer_key = c.customer_key
)

select
    month,
    slice_id,
    nullif(count(*), 0) as new_customer_count,
    nullif(count(*) filter (where referred_by_customer_id is not null), 0) as referral_customer_count
from sliced
group by month, slice_id
