-- Catalog section "Revenue" (#1–#15), one column per KPI named after it (snake_case), one row per cell.
-- Revenue PY / PM: the same slice's revenue twelve months / one month earlier (whole months shift to whole months).
-- Revenue Share %: the denominator drops the Customer filter, so a Customer slice divides by 'All'.
with cells as (
    select
        c.*,
        cast(c.month - interval 1 year as date) as prior_year_month,
        cast(c.month - interval 1 month as date) as prior_month,
        case when c.dimension_table = 'Customer' then 0 else c.slice_id end as all_customers_slice_id
    from int_kpi_cells as c
)

select
    c.month,
    c.slice_id,
    cast(s.revenue_amount as double) as revenue,
    cast(py.revenue_amount as double) as revenue_py,
    kpi_divide(kpi_subtract(s.revenue_amount, py.revenue_amount), py.revenue_amount) as revenue_yoy_growth_pct,
    cast(pm.revenue_amount as double) as revenue_pm,
    kpi_divide(kpi_subtract(s.revenue_amount, pm.revenue_amount), pm.revenue_amount) as revenue_mom_growth_pct,
    kpi_divide(s.revenue_amount, a.revenue_amount) as revenue_share_pct,
    cast(s.quantity as double) as units_sold,
    cast(s.order_count as double) as orders,
    kpi_divide(s.revenue_amount, s.order_count) as average_order_value,
    cast(s.revenue_amount - s.cost_amount as double) as gross_profit,
    kpi_divide(s.revenue_amount - s.cost_amount, s.revenue_amount) as gross_margin_pct,
    kpi_divide(s.revenue_amount, s.customer_count) as revenue_per_customer,
    cast(s.new_customer_revenue_amount as double) as new_customer_revenue,
    cast(t.revenue_target_amount as double) as revenue_target,
    kpi_if_source_has(exists (select 1 from fct_sales), kpi_divide(s.revenue_amount, t.revenue_target_amount)) as revenue_attainment_pct
from cells as c
left join int_kpi_sales as s on s.month = c.month and s.slice_id = c.slice_id
left join int_kpi_sales as py on py.month = c.prior_year_month and py.slice_id = c.slice_id
left join int_kpi_sales as pm on pm.month = c.prior_month and pm.slice_id = c.slice_id
left join int_kpi_sales as a on a.month = c.month and a.slice_id = c.all_customers_slice_id
left join int_kpi_targets as t on t.month = c.month and t.slice_id = c.slice_id
