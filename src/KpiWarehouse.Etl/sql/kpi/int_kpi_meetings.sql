-- Meetings by slice (Customer, Rep): by invited month (invited, accepted) and by scheduled month (held).
with meetings as not materialized (
    select
        cast(date_trunc('month', invited_date) as date) as invited_month,
        cast(date_trunc('month', scheduled_date) as date) as scheduled_month,
        customer_key,
        rep_key,
        cast(null as integer) as product_key,
        cast(null as integer) as channel_key,
        status,
        is_held,
        has_opportunity
    from fct_meetings
),

-- read by several aggregations: recomputed by each, as the rows above are (cheaper than materializing them)
sliced as not materialized (
    select * from kpi_sliced(meetings, ['Customer', 'Rep'])
),

invited as (
    select
        invited_month as month,
        slice_id,
        nullif(count(*), 0) as invited_count,
        nullif(count(*) filter (where status = 'ACCEPTED'), 0) as booked_count
    from sliced
    where invited_month is not null
    group by invited_month, slice_id
),

held as (
    select
        scheduled_month as month,
        slice_id,
        nullif(count(*), 0) as held_count,
        nullif(count(*) filter (where has_opportunity), 0) as qualified_held_count
    from sliced
    where scheduled_month is not null and is_held
    group by scheduled_month, slice_id
)

select
    coalesce(i.month, h.month) as month,
    coalesce(i.slice_id, h.slice_id) as slice_id,
    i.invited_count,
    i.booked_count,
    h.held_count,
    h.qualified_held_count
from invited as i
full outer join held as h on h.month = i.month and h.slice_id = i.slice_id
