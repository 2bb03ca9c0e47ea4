-- Quotes by slice (Customer, Rep, Product): by sent month (sent, and of those signed) and by decided month (signed).
with quotes as (
    select
        cast(date_trunc('month', sent_date) as date) as sent_month,
        cast(date_trunc('month', decided_date) as date) as decided_month,
        customer_key,
        rep_key,
        product_key,
        cast(null as integer) as channel_key,
        status,
        amount
    from fct_quotes
),

-- read by several aggregations: recomputed by each (cheaper than materializing the sliced rows)
sliced as not materialized (
    select * from kpi_sliced(quotes, ['Customer', 'Rep', 'Product'])
),

sent as (
    select
        sent_month as month,
        slice_id,
        nullif(count(*), 0) as sent_count,
        nullif(count(*) filter (where status = 'SIGNED'), 0) as sent_signed_count
    from sliced
    where sent_month is not null
    group by sent_month, slice_id
),

decided as (
    select
        decided_month as month,
        slice_id,
        nullif(count(*), 0) as signed_count,
        avg(amount) as signed_average_amount
    from sliced
    where decided_month is not null and status = 'SIGNED'
    group by decided_month, slice_id
)

select
    coalesce(s.month, d.month) as month,
    coalesce(s.slice_id, d.slice_id) as slice_id,
    s.sent_count,
    s.sent_signed_count,
    d.signed_count,
    d.signed_average_amount
from sent as s
full outer join decided as d on d.month = s.month and d.slice_id = s.slice_id
