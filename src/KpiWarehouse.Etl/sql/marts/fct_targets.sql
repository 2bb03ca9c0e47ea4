-- Targets: one row per month, rep and metric; rep_key 0 is a company-level target (no rep).
select
    t.month as month_date,
    coalesce(r.rep_key, 0) as rep_key,
    t.metric,
    cast(t.target as decimal(18, 4)) as target_amount
from valid_targets as t
left join dim_rep as r on r.rep_id = t.rep_id and r.rep_key > 0
