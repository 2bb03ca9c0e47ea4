-- Marketing and sales spend by month and slice (Channel).
with spend as (
    select s.*, cast(date_trunc('month', s.spend_date) as date) as month
    from fct_spend as s
),

sliced as (
    select 0 as slice_id, s.* from spend as s
    union all
    select k.slice_id, s.* from spend as s inner join int_kpi_slice_keys as k on k.channel_key = s.channel_key
)

select
    month,
    slice_id,
    sum(amount) filter (where category = 'MARKETING') as marketing_amount,
    sum(amount) filter (where category = 'SALES') as sales_amount
from sliced
group by month, slice_id
