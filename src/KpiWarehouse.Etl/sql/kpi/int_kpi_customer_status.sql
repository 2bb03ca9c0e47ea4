-- Customers' subscription status by month and slice (Customer only: Product does not filter these KPIs):
-- active (total MRR > 0) on the day before the month and at its end, retained (both), churned during the month,
-- and the average lifetime in days of the customers with a CHURN event as of the month's end (from the earlier
-- of their first order and first subscription event to their last CHURN as of the end).
with months as (
    select distinct month, month_end_date, day_before_month from int_kpi_cells
),

active_spans as (
    select customer_key, valid_from_date, valid_to_date
    from fct_customer_mrr
    where mrr_amount > 0
),

customer_months as (
    select
        m.month,
        s.customer_key,
        bool_or(s.valid_to_date is null or s.valid_to_date > m.day_before_month)
            filter (where s.valid_from_date <= m.day_before_month) as is_active_before,
        bool_or(s.valid_to_date is null or s.valid_to_date > m.month_end_date) as is_active_at_end
    from months as m
    inner join active_spans as s
        on s.valid_from_date <= m.month_end_date
        -- a span ended by the day before the month is active at neither date
        and (s.valid_to_date is null or s.valid_to_date > m.day_before_month)
    group by m.month, s.customer_key
),

status as (
    select
        cm.month,
        cs.slice_id,
        nullif(count(*) filter (where cm.is_active_before), 0) as active_before_count,
        nullif(count(*) filter (where cm.is_active_at_end), 0) as active_at_end_count,
        nullif(count(*) filter (where cm.is_active_before and cm.is_active_at_end), 0) as retained_count
    from customer_months as cm
    inner join int_kpi_customer_slices as cs on cs.customer_key = cm.customer_key
    group by cm.month, cs.slice_id
),

churn_events as (
    select customer_key, event_date, cast(date_trunc('month', event_date) as date) as month
    from fct_subscription_events
    where event_type = 'CHURN'
),

churned as (
    select e.month, cs.slice_id, count(distinct e.customer_key) as churned_count
    from churn_events as e
    inner join int_kpi_customer_slices as cs on cs.customer_key = e.customer_key
    group by e.month, cs.slice_id
),

last_churns as (
    select m.month, e.customer_key, max(e.event_date) as last_churn_date
    from months as m
    inner join churn_events as e on e.event_date <= m.month_end_date
    group by m.month, e.customer_key
),

lifetimes as (
    select l.month, cs.slice_id, avg(date_diff('day', d.customer_start_date, l.last_churn_date)) as lifetime_average_days
    from last_churns as l
    inner join dim_customer as d on d.customer_key = l.customer_key
    inner join int_kpi_customer_slices as cs on cs.customer_key = l.customer_key
    group by l.month, cs.slice_id
)

select
    c.month,
    c.slice_id,
    s.active_before_count,
    s.active_at_end_count,
    s.retained_count,
    ch.churned_count,
    lt.lifetime_average_days
from int_kpi_cells as c
left join status as s on s.month = c.month and s.slice_id = c.slice_id
left join churned as ch on ch.month = c.month and ch.slice_id = c.slice_id
left join lifetimes as lt on lt.month = c.month and lt.slice_id = c.slice_id
where s.slice_id is not null or ch.slice_id is not null or lt.slice_id is not null
