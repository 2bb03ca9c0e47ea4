-- Superstore has no sales people, and the load needs at least one rep. The original workbook's "People" sheet
-- gives every Region one regional manager; this CSV does not carry it, so each Region becomes one rep that
-- stands for the region's sales team, named as such (no person is invented). Every order line goes to its
-- Region's team (orders.sql), so the Rep dimension slices by order region. role MANAGER (the People sheet's
-- regional manager); hire_date = the region's first order date, the earliest date the data shows the team.
select
    'REGION-' || upper("Region") as rep_id,
    "Region" || ' region (sales team)' as rep_name,
    'MANAGER' as role,
    "Region" as team,
    "Region" as region,
    min(src_date("Order Date")) as hire_date,
    'lines' as _source,
    min(_line) as _line
from lines
where "Region" is not null
group by "Region"
