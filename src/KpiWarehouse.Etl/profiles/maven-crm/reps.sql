-- Agents of sales_teams.csv, and their managers (one rep each, role MANAGER). The source has no rep ids, e-mails
-- or hire dates: the id is the name; a manager's team is named after the manager; the hire date is the earliest
-- date of the data set (the first engage_date), so every rep is active over the whole pipeline.
with first_day as (
    select min(src_date(engage_date)) as day from pipeline
)
select
    trim(t.sales_agent) as rep_id,
    trim(t.sales_agent) as rep_name,
    'BDM' as role,
    trim(t.manager) as team,
    trim(t.regional_office) as region,
    trim(t.manager) as manager_id,
    f.day as hire_date,
    'teams' as _source,
    t._line
from teams as t, first_day as f
union all
select
    trim(t.manager),
    trim(t.manager),
    'MANAGER',
    trim(t.manager),
    min(trim(t.regional_office)),
    null,
    min(f.day),
    'teams',
    min(t._line)
from teams as t, first_day as f
group by trim(t.manager)
