-- meetings.csv: only an ACCEPTED meeting can have taken place.
select
    row_id,
    line_number,
    'held' as column_name,
    'KPIW-L133' as rule,
    'held is true but status is ' || status || ' (only ACCEPTED meetings can be held)' as message
from stg_meetings
where held
  and status in ('DECLINED', 'PENDING', 'CANCELLED')
