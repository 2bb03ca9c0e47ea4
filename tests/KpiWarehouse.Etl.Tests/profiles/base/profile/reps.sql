-- Sellers and bosses become reps; interns are skipped (skipped.sql); ghosts map to nothing.
select
    id as rep_id,
    "full name" as rep_name,
    case kind when 'boss' then 'MANAGER' else 'BDM' end as role,
    office as team,
    office as region,
    boss as manager_id,
    src_date(since) as hire_date,
    'people' as _source,
    _line
from people
where kind in ('seller', 'boss')
