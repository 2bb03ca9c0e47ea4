-- Activities: one row per call, e-mail or social touch.
select
    a.activity_id,
    a.occurred_at,
    cast(a.occurred_at as date) as occurred_date,
    a.type as activity_type,
    a.direction,
    a.outcome,
    coalesce(r.rep_key, 0) as rep_key,
    coalesce(c.customer_key, 0) as customer_key,
    a.lead_id,
    a.opportunity_id,
    cast(year(a.occurred_at) as integer) as year
from valid_activities as a
left join dim_rep as r on r.rep_id = a.rep_id and r.rep_key > 0
left join dim_customer as c on c.customer_id = a.customer_id and c.customer_key > 0
