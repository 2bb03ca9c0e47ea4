-- Activities by occurred month and slice (Customer, Rep): outbound calls and activities, replies.
with activities as (
    select a.*, cast(date_trunc('month', a.occurred_date) as date) as month
    from fct_activities as a
),

sliced as (
    select 0 as slice_id, a.* from activities as a
    union all
    select k.slice_id, a.* from activities as a inner join int_kpi_slice_keys as k on k.customer_key = a.customer_key
    union all
    select k.slice_id, a.* from activities as a inner join int_kpi_slice_keys as k on k.rep_key = a.rep_key
)

select
    month,
    slice_id,
    nullif(count(*) filter (where activity_type = 'CALL' and direction = 'OUTBOUND'), 0) as outbound_call_count,
    nullif(count(*) filter (
        where activity_type = 'CALL' and direction = 'OUTBOUND' and outcome in ('CONNECTED', 'MEETING_BOOKED')
    ), 0) as successful_call_count,
    nullif(count(*) filter (where direction = 'OUTBOUND'), 0) as outbound_activity_count,
    nullif(count(*) filter (where outcome = 'POSITIVE_REPLY'), 0) as positive_reply_count,
    nullif(count(*) filter (where outcome = 'NEGATIVE_REPLY'), 0) as negative_reply_count,
    nullif(count(*) filter (where outcome in ('POSITIVE_REPLY', 'NEGATIVE_REPLY')), 0) as reply_count
from sliced
group by month, slice_id
