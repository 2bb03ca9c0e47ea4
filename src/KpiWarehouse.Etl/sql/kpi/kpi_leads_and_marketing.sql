-- Catalog section "Leads & marketing" (#37–#55), one column per KPI named after it (snake_case), one row per cell.
-- Cost per Lead divides a Channel slice's spend by its leads; the acquisition costs have no Dims ('All' only).
select
    c.month,
    c.slice_id,
    cast(l.created_count as double) as new_leads,
    cast(l.inbound_count as double) as inbound_leads,
    cast(l.outbound_count as double) as outbound_leads,
    kpi_divide(l.inbound_count, l.outbound_count) as inbound_outbound_ratio,
    cast(l.mql_count as double) as mqls,
    cast(l.sql_count as double) as sqls,
    kpi_divide(l.converted_count, l.created_count) as lead_conversion_rate,
    kpi_divide(l.mql_converted_count, l.mql_count) as mql_to_customer_rate,
    kpi_divide(l.sql_converted_count, l.sql_count) as sql_to_customer_rate,
    kpi_if_source_has(exists (select 1 from fct_activities) or exists (select 1 from fct_meetings),
        kpi_divide(l.followed_up_count, l.created_count)) as lead_follow_up_rate,
    l.inbound_average_response_seconds / 3600 as average_lead_response_hours,
    kpi_divide(l.inbound_answered_in_5_min_count, l.inbound_count) as leads_answered_in_5_min_pct,
    cast(sp.marketing_amount as double) as marketing_spend,
    cast(sp.sales_amount as double) as sales_spend,
    kpi_if_source_has(exists (select 1 from fct_spend), kpi_divide(sp.marketing_amount, l.created_count)) as cost_per_lead,
    cast(n.new_customer_count as double) as new_customers,
    kpi_if_source_has(exists (select 1 from fct_spend),
        kpi_divide(kpi_add(sp.marketing_amount, sp.sales_amount), n.new_customer_count)) as customer_acquisition_cost,
    kpi_if_source_has(exists (select 1 from fct_spend), kpi_divide(sp.marketing_amount, n.new_customer_count)) as cost_per_acquisition,
    cast(n.referral_customer_count as double) as referral_customers
from int_kpi_cells as c
left join int_kpi_leads as l on l.month = c.month and l.slice_id = c.slice_id
left join int_kpi_spend as sp on sp.month = c.month and sp.slice_id = c.slice_id
left join int_kpi_new_customers as n on n.month = c.month and n.slice_id = c.slice_id
