-- REVENUE targets by month and slice (Rep only): company-level rows (rep_key 0) count in 'All' only.
with targets as (
    select cast(date_trunc('month', month_date) as date) as month, rep_key, target_amount
    from fct_targets
    where metric = 'REVENUE'
),

sliced as (
    select 0 as slice_id, t.* from targets as t
    union all
    select k.slice_id, t.* from targets as t inner join int_kpi_slice_keys as k on k.rep_key = t.rep_key
)

select month, slice_id, sum(target_amount) as revenue_target_amount
from sliced
group by month, slice_id
