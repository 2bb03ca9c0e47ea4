-- Opportunities by created month and slice (Customer, Rep, Product).
with opportunities as (
    select o.*, cast(date_trunc('month', o.created_date) as date) as month
    from fct_opportunities as o
),

sliced as (
    select 0 as slice_id, o.* from opportunities as o
    union all
    select k.slice_id, o.* from opportunities as o inner join int_kpi_slice_keys as k on k.customer_key = o.customer_key
    union all
    select k.slice_id, o.* from opportunities as o inner join int_kpi_slice_keys as k on k.rep_key = o.rep_key
    union all
    select k.slice_id, o.* from opportunities as o inner join int_kpi_slice_keys as k on k.product_key = o.product_key
)

select
    month,
    slice_id,
    nullif(count(*), 0) as created_count,
    avg(amount) as average_amount,
    nullif(count(distinct customer_key) filter (where customer_key <> 0), 0) as customer_count
from sliced
group by month, slice_id
