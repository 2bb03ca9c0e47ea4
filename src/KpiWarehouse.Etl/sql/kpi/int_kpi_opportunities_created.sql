-- Opportunities by created month and slice (Customer, Rep, Product).
with opportunities as (
    select
        cast(date_trunc('month', created_date) as date) as month,
        customer_key,
        rep_key,
        product_key,
        cast(null as integer) as channel_key,
        amount
    from fct_opportunities
)

select
    month,
    slice_id,
    nullif(count(*), 0) as created_count,
    avg(amount) as average_amount,
    nullif(count(distinct customer_key) filter (where customer_key <> 0), 0) as customer_count
from kpi_sliced(opportunities, ['Customer', 'Rep', 'Product'])
group by month, slice_id
