-- subscription_events.csv: NEW, EXPANSION and REACTIVATION add MRR (> 0); CONTRACTION and CHURN remove it (< 0).
select
    row_id,
    line_number,
    'mrr_delta' as column_name,
    'KPIW-L134' as rule,
    'mrr_delta ' || cast(mrr_delta as varchar) || ' must be '
        || case when event_type in ('NEW', 'EXPANSION', 'REACTIVATION') then '> 0' else '< 0' end
        || ' for ' || event_type as message
from stg_subscription_events
where (event_type in ('NEW', 'EXPANSION', 'REACTIVATION') and mrr_delta <= 0)
   or (event_type in ('CONTRACTION', 'CHURN') and mrr_delta >= 0)
