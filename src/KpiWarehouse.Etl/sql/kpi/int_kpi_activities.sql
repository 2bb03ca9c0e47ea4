-- Activities by occurred month and slice (Customer, Rep): outbound calls and activities, replies. Every measure is
-- a count, so the rows are counted per month and key pair first, then summed per slice.
with by_keys as (
    select
        cast(date_trunc('month', occurred_date) as date) as month,
        customer_key,
        rep_key,
        cast(null as integer) as product_key,
        cast(null as integer) as channel_key,
        count(*) filter (where activity_type = 'CALL' and direction = 'OUTBOUND') as outbound_call_count,
        count(*) filter (
            where activity_type = 'CALL' and direction = 'OUTBOUND' and outcome in ('CONNECTED', 'MEETING_BOOKED')
        ) as successful_call_count,
        count(*) filter (where direction = 'OUTBOUND') as outbound_activity_count,
        count(*) filter (where outcome = 'POSITIVE_REPLY') as positive_reply_count,
        count(*) filter (where outcome = 'NEGATIVE_REPLY') as negative_reply_count
    from fct_activities
    group by all
)

select
    month,
    slice_id,
    nullif(sum(outbound_call_count), 0) as outbound_call_count,
    nullif(sum(successful_call_count), 0) as successful_call_count,
    nullif(sum(outbound_activity_count), 0) as outbound_activity_count,
    nullif(sum(positive_reply_count), 0) as positive_reply_count,
    nullif(sum(negative_reply_count), 0) as negative_reply_count,
    nullif(sum(positive_reply_count + negative_reply_count), 0) as reply_count
from kpi_sliced(by_keys, ['Customer', 'Rep'])
group by month, slice_id
