-- _line + 100 names no row of people.csv
select id as rep_id, "full name" as rep_name, 'BDM' as role, office as team, office as region, src_date(since) as hire_date, 'people' as _source, _line + 100 as _line from people
