-- Closed opportunities by closed month and slice (Customer, Rep, Product): won and lost deals.
with opportunities as (
    select
        cast(date_trunc('month', closed_date) as date) as month,
        customer_key,
        rep_key,
        product_key,
        cast(null as integer) as channel_key,
        status,
        opportunity_type,
        amount,
        sales_cycle_days
    from fct_opportunities
    where closed_date is not null
)

select
    month,
    slice_id,
    nullif(count(*) filter (where status = 'WON'), 0) as won_count,
    nullif(count(*) filter (where status = 'LOST'), 0) as lost_count,
    sum(amount) filter (where status = 'WON') as won_amount,
    avg(sales_cycle_days) filter (where status = 'WON') as won_average_cycle_days,
    nullif(count(*) filter (where status = 'WON' and opportunity_type in ('UPSELL', 'CROSS_SELL')), 0) as won_upsell_cross_sell_count
from kpi_sliced(opportunities, ['Customer', 'Rep', 'Product'])
group by month, slice_id
