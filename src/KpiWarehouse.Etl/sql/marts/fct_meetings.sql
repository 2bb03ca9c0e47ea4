-- Meetings: one row per meeting invitation; has_opportunity marks the meetings that created an opportunity.
select
    m.meeting_id,
    m.invited_at,
    cast(m.invited_at as date) as invited_date,
    m.scheduled_at,
    cast(m.scheduled_at as date) as scheduled_date,
    m.status,
    m.held as is_held,
    m.opportunity_id is not null as has_opportunity,
    coalesce(r.rep_key, 0) as rep_key,
    coalesce(c.customer_key, 0) as customer_key,
    m.lead_id,
    m.opportunity_id
from valid_meetings as m
left join dim_rep as r on r.rep_id = m.rep_id and r.rep_key > 0
left join dim_customer as c on c.customer_id = m.customer_id and c.customer_key > 0
