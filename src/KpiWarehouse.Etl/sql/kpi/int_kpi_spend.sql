-- Marketing and sales spend by month and slice (Channel).
with spend as (
    select
        cast(date_trunc('month', spend_date) as date) as month,
        cast(null as integer) as customer_key,
        cast(null as integer) as rep_key,
        cast(null as integer) as product_key,
        channel_key,
        category,
        amount
    from fct_spend
)

select
    month,
    slice_id,
    sum(amount) filter (where category = 'MARKETING') as marketing_amount,
    sum(amount) filter (where category = 'SALES') as sales_amount
from kpi_sliced(spend, ['Channel'])
group by month, slice_id
