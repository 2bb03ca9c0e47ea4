-- Customer MRR: per customer, the spans of constant total MRR (over all products), from the day of an event
-- that changed it to the first day of the next change (NULL for the open last span). Spans at 0 after a churn
-- are kept, so "MRR as of d" is the span containing d, and no span before the first event means 0.
with daily as (
    select
        customer_key,
        event_date,
        sum(sum(mrr_delta_amount)) over (partition by customer_key order by event_date) as mrr_amount
    from fct_subscription_events
    group by customer_key, event_date
),

changes as (
    select
        customer_key,
        event_date,
        mrr_amount,
        lag(mrr_amount) over (partition by customer_key order by event_date) as previous_mrr_amount
    from daily
),

spans as (
    select customer_key, event_date, mrr_amount
    from changes
    where previous_mrr_amount is null or previous_mrr_amount <> mrr_amount
)

select
    customer_key,
    event_date as valid_from_date,
    lead(event_date) over (partition by customer_key order by event_date) as valid_to_date,
    cast(mrr_amount as decimal(18, 4)) as mrr_amount
from spans
