-- Subscription events by slice (Customer, Product): the MRR movements of each month and the MRR as of its end
-- (every event dated on or before the month's end; NULL when there is none).
with events as (
    select
        event_date,
        customer_key,
        cast(null as integer) as rep_key,
        product_key,
        cast(null as integer) as channel_key,
        event_type,
        mrr_delta_amount
    from fct_subscription_events
),

-- read by several aggregations: recomputed by each (cheaper than materializing the sliced rows)
sliced as not materialized (
    select * from kpi_sliced(events, ['Customer', 'Product'])
),

in_month as (
    select
        cast(date_trunc('month', event_date) as date) as month,
        slice_id,
        sum(mrr_delta_amount) as net_new_mrr_amount,
        sum(mrr_delta_amount) filter (where event_type = 'EXPANSION') as expansion_amount
    from sliced
    group by all
),

as_of_end as (
    select c.month, c.slice_id, sum(e.mrr_delta_amount) as mrr_amount
    from int_kpi_cells as c
    inner join sliced as e on e.slice_id = c.slice_id and e.event_date <= c.month_end_date
    group by c.month, c.slice_id
)

select
    a.month,
    a.slice_id,
    a.mrr_amount,
    m.net_new_mrr_amount,
    m.expansion_amount
from as_of_end as a
left join in_month as m on m.month = a.month and m.slice_id = a.slice_id
