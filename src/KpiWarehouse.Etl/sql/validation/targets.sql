-- targets.csv: a target is set for a month, written as the month's first day.
select
    row_id,
    line_number,
    'month' as column_name,
    'KPIW-L138' as rule,
    'month ' || cast(month as varchar) || ' is not the first day of a month' as message
from stg_targets
where day(month) <> 1
