-- subscription_events.csv: a customer's MRR never goes below 0 and a CHURN takes it to exactly 0.
-- Events apply in (event_date, event_id) order; this returns each customer's first event that breaks
-- the rule given the events still accepted. The loader quarantines those and runs it again until it
-- returns nothing, so a rejected event never counts towards the MRR of the events after it.
with running as (
    select
        row_id,
        line_number,
        customer_id,
        event_date,
        event_id,
        event_type,
        sum(mrr_delta) over (
            partition by customer_id order by event_date, event_id rows unbounded preceding
        ) as mrr_after
    from ok_subscription_events
),

broken as (
    select
        *,
        row_number() over (partition by customer_id order by event_date, event_id) as nth
    from running
    where mrr_after < 0 or (event_type = 'CHURN' and mrr_after <> 0)
)

select
    row_id,
    line_number,
    'mrr_delta' as column_name,
    case when mrr_after < 0 then 'KPIW-L135' else 'KPIW-L136' end as rule,
    case
        when mrr_after < 0 then 'customer ' || customer_id || ' MRR would be ' || cast(mrr_after as varchar) || ' after this event'
        else 'CHURN leaves customer ' || customer_id || ' with MRR ' || cast(mrr_after as varchar) || ' instead of 0'
    end as message
from broken
where nth = 1
