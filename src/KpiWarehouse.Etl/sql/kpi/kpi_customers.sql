-- Catalog section "Customers" (#66–#80), one column per KPI named after it (snake_case), one row per cell.
-- Customer Lifetime Value: revenue per customer, annualised over the month's days, × the average lifetime in years.
select
    c.month,
    c.slice_id,
    cast(sub.mrr_amount as double) as mrr,
    cast(sub.net_new_mrr_amount as double) as net_new_mrr,
    cast(sub.expansion_amount as double) as expansion_revenue,
    cast(st.active_at_end_count as double) as active_customers,
    cast(st.churned_count as double) as churned_customers,
    kpi_divide(st.churned_count, st.active_before_count) as churn_rate,
    kpi_divide(st.retained_count, st.active_before_count) as retention_rate,
    kpi_divide(o.returning_count, o.ordering_count) as customer_recurrence_rate,
    kpi_divide(o.returning_count, o.ordered_before_count) as existing_customer_engagement,
    cast(sv.csat_average_score as double) as csat,
    kpi_divide(sv.csat_satisfied_count, sv.csat_count) as csat_satisfied_pct,
    100 * kpi_divide(coalesce(sv.nps_promoter_count, 0) - coalesce(sv.nps_detractor_count, 0), sv.nps_count) as nps,
    kpi_divide(sv.outcome_reached_count, sv.outcome_count) as customer_outcome_rate,
    st.lifetime_average_days / 365.25 as average_customer_lifetime_years,
    kpi_divide(s.revenue_amount, s.customer_count) * 365 / c.days_in_month * (st.lifetime_average_days / 365.25)
        as customer_lifetime_value
from int_kpi_cells as c
left join int_kpi_subscriptions as sub on sub.month = c.month and sub.slice_id = c.slice_id
left join int_kpi_customer_status as st on st.month = c.month and st.slice_id = c.slice_id
left join int_kpi_customer_orders as o on o.month = c.month and o.slice_id = c.slice_id
left join int_kpi_surveys as sv on sv.month = c.month and sv.slice_id = c.slice_id
left join int_kpi_sales as s on s.month = c.month and s.slice_id = c.slice_id
