-- Opportunities as of each month's end, by slice (Customer, Rep, Product). Open as of end: created on or before
-- the end and not closed by then. Weighted pipeline reads the current status (OPEN) and created_date only.
-- Active / stagnant: open as of end and did / did not enter a stage during the month. A month × opportunity that is
-- neither open as of end nor OPEN now counts in none of them and is left out.
with months as (
    select distinct month, month_end_date from int_kpi_cells
),

stage_months as (
    select distinct opportunity_id, cast(date_trunc('month', entered_date) as date) as month
    from fct_opportunity_stages
    where entered_date is not null
),

as_of_end as (
    select
        m.month,
        o.opportunity_id,
        o.customer_key,
        o.rep_key,
        o.product_key,
        cast(null as integer) as channel_key,
        o.amount,
        o.amount * o.stage_probability as weighted_amount,
        o.status,
        o.closed_date is null or o.closed_date > m.month_end_date as is_open,
        sm.opportunity_id is not null as entered_stage
    from fct_opportunities as o
    inner join months as m
        on o.created_date <= m.month_end_date
        and (o.closed_date is null or o.closed_date > m.month_end_date or o.status = 'OPEN')
    left join stage_months as sm on sm.opportunity_id = o.opportunity_id and sm.month = m.month
)

select
    month,
    slice_id,
    sum(amount) filter (where is_open) as pipeline_amount,
    sum(weighted_amount) filter (where status = 'OPEN') as weighted_pipeline_amount,
    nullif(count(*) filter (where is_open and entered_stage), 0) as active_count,
    nullif(count(*) filter (where is_open and not entered_stage), 0) as stagnant_count
from kpi_sliced(as_of_end, ['Customer', 'Rep', 'Product'])
group by month, slice_id
