-- REVENUE targets by month and slice (Rep only): company-level rows (rep_key 0) count in 'All' only.
with targets as (
    select
        cast(date_trunc('month', month_date) as date) as month,
        cast(null as integer) as customer_key,
        rep_key,
        cast(null as integer) as product_key,
        cast(null as integer) as channel_key,
        target_amount
    from fct_targets
    where metric = 'REVENUE'
)

select month, slice_id, sum(target_amount) as revenue_target_amount
from kpi_sliced(targets, ['Rep'])
group by month, slice_id
