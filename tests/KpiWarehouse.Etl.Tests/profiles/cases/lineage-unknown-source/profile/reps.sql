select id as rep_id, "full name" as rep_name, 'BDM' as role, office as team, office as region, src_date(since) as hire_date, 'persons' as _source, _line from people
