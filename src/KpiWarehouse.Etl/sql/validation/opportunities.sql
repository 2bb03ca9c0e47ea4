-- opportunities.csv: closed_at is required when WON/LOST and empty while OPEN.
select
    row_id,
    line_number,
    'closed_at' as column_name,
    case when status = 'OPEN' then 'KPIW-L131' else 'KPIW-L130' end as rule,
    case
        when status = 'OPEN' then 'closed_at is set but the opportunity is OPEN'
        else 'closed_at is required when status is ' || status
    end as message
from stg_opportunities
where (status in ('WON', 'LOST') and closed_at is null)
   or (status = 'OPEN' and closed_at is not null)
