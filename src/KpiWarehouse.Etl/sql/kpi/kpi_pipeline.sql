-- Catalog section "Pipeline" (#16–#32), one column per KPI named after it (snake_case), one row per cell.
-- Close Ratio divides won deals by the new leads of the same cell (Rep slices only: its Dims are R).
select
    c.month,
    c.slice_id,
    cast(cr.created_count as double) as opportunities_created,
    cast(cr.average_amount as double) as average_opportunity_value,
    kpi_divide(cr.created_count, cr.customer_count) as opportunities_per_customer,
    cast(cl.won_count as double) as deals_won,
    cast(cl.lost_count as double) as deals_lost,
    kpi_divide(cl.won_count, kpi_add(cl.won_count, cl.lost_count)) as win_rate,
    kpi_divide(cl.won_count, cl.lost_count) as win_loss_ratio,
    cast(cl.won_amount as double) as won_revenue,
    kpi_divide(cl.won_amount, cl.won_count) as average_deal_size,
    cast(cl.won_average_cycle_days as double) as average_sales_cycle_days,
    cast(op.pipeline_amount as double) as pipeline_value,
    cast(op.weighted_pipeline_amount as double) as weighted_pipeline_value,
    cast(op.active_count as double) as active_opportunities,
    cast(op.stagnant_count as double) as stagnant_opportunities,
    kpi_divide(op.active_count, op.stagnant_count) as active_stagnant_ratio,
    kpi_if_source_has(exists (select 1 from fct_opportunities), kpi_divide(cl.won_count, l.created_count)) as close_ratio,
    kpi_divide(cl.won_upsell_cross_sell_count, cl.won_count) as upsell_cross_sell_rate
from int_kpi_cells as c
left join int_kpi_opportunities_created as cr on cr.month = c.month and cr.slice_id = c.slice_id
left join int_kpi_opportunities_closed as cl on cl.month = c.month and cl.slice_id = c.slice_id
left join int_kpi_opportunities_open as op on op.month = c.month and op.slice_id = c.slice_id
left join int_kpi_leads as l on l.month = c.month and l.slice_id = c.slice_id
