-- Catalog section "Quotes" (#33–#36), one column per KPI named after it (snake_case), one row per cell.
select
    c.month,
    c.slice_id,
    cast(q.sent_count as double) as proposals_sent,
    cast(q.signed_count as double) as quotes_signed,
    kpi_divide(q.sent_signed_count, q.sent_count) as quote_acceptance_rate,
    cast(q.signed_average_amount as double) as average_signed_quote_value
from int_kpi_cells as c
left join int_kpi_quotes as q on q.month = c.month and q.slice_id = c.slice_id
