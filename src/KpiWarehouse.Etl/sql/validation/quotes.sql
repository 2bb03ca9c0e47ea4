-- quotes.csv: a quote that is no longer SENT has a decision date.
select
    row_id,
    line_number,
    'decided_at' as column_name,
    'KPIW-L132' as rule,
    'decided_at is required when status is ' || status as message
from stg_quotes
where status in ('SIGNED', 'REJECTED', 'EXPIRED')
  and decided_at is null
