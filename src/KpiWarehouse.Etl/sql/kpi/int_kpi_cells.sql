-- The cells of kpi_monthly: every month of the date table × every slice, with the month's bounds. The periods are
-- whole months ("in P" = the date's month is the cell's month); "as of end" reads month_end_date and "the day
-- before start" day_before_month.
with months as (
    select
        month_start_date as month,
        max(date) as month_end_date,
        count(*) as days_in_month
    from dim_date
    group by month_start_date
)

select
    m.month,
    m.month_end_date,
    cast(m.month - 1 as date) as day_before_month,
    m.days_in_month,
    s.slice_id,
    s.dimension_table
from months as m
cross join int_kpi_slices as s
