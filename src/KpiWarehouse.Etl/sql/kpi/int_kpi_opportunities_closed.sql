-- Closed opportunities by closed month and slice (Customer, Rep, Product): won and lost deals.
with opportunities as (
    select o.*, cast(date_trunc('month', o.closed_date) as date) as month
    from fct_opportunities as o
    where o.closed_date is not null
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
    nullif(count(*) filter (where status = 'WON'), 0) as won_count,
    nullif(count(*) filter (where status = 'LOST'), 0) as lost_count,
    sum(amount) filter (where status = 'WON') as won_amount,
    avg(sales_cycle_days) filter (where status = 'WON') as won_average_cycle_days,
    nullif(count(*) filter (where status = 'WON' and opportunity_type in ('UPSELL', 'CROSS_SELL')), 0) as won_upsell_cross_sell_count
from sliced
group by month, slice_id
