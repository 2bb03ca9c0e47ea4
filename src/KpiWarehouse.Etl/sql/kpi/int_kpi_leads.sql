-- Leads by slice (Rep, Channel): by created month, by MQL month and by SQL month.
with leads as (
    select
        cast(date_trunc('month', created_date) as date) as created_month,
        cast(date_trunc('month', mql_date) as date) as mql_month,
        cast(date_trunc('month', sql_date) as date) as sql_month,
        cast(null as integer) as customer_key,
        rep_key,
        cast(null as integer) as product_key,
        channel_key,
        direction,
        converted_date,
        is_followed_up,
        response_seconds
    from fct_leads
),

-- read by several aggregations: recomputed by each (cheaper than materializing the sliced rows)
sliced as not materialized (
    select * from kpi_sliced(leads, ['Rep', 'Channel'])
),

created as (
    select
        created_month as month,
        slice_id,
        nullif(count(*), 0) as created_count,
        nullif(count(*) filter (where direction = 'INBOUND'), 0) as inbound_count,
        nullif(count(*) filter (where direction = 'OUTBOUND'), 0) as outbound_count,
        nullif(count(*) filter (where converted_date is not null), 0) as converted_count,
        nullif(count(*) filter (where is_followed_up), 0) as followed_up_count,
        avg(response_seconds) filter (where direction = 'INBOUND') as inbound_average_response_seconds,
        nullif(count(*) filter (where direction = 'INBOUND' and response_seconds <= 300), 0) as inbound_answered_in_5_min_count
    from sliced
    group by created_month, slice_id
),

mqls as (
    select
        mql_month as month,
        slice_id,
        nullif(count(*), 0) as mql_count,
        nullif(count(*) filter (where converted_date is not null), 0) as mql_converted_count
    from sliced
    where mql_month is not null
    group by mql_month, slice_id
),

sqls as (
    select
        sql_month as month,
        slice_id,
        nullif(count(*), 0) as sql_count,
        nullif(count(*) filter (where converted_date is not null), 0) as sql_converted_count
    from sliced
    where sql_month is not null
    group by sql_month, slice_id
)

select
    c.month,
    c.slice_id,
    cr.created_count,
    cr.inbound_count,
    cr.outbound_count,
    cr.converted_count,
    cr.followed_up_count,
    cr.inbound_average_response_seconds,
    cr.inbound_answered_in_5_min_count,
    m.mql_count,
    m.mql_converted_count,
    s.sql_count,
    s.sql_converted_count
from int_kpi_cells as c
left join created as cr on cr.month = c.month and cr.slice_id = c.slice_id
left join mqls as m on m.month = c.month and m.slice_id = c.slice_id
left join sqls as s on s.month = c.month and s.slice_id = c.slice_id
where cr.slice_id is not null or m.slice_id is not null or s.slice_id is not null
