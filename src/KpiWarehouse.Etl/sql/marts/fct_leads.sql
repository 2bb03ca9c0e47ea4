-- Leads: one row per lead, with the response time and whether any activity or meeting followed it up.
with followed_up as (
    select lead_id from valid_activities where lead_id is not null
    union
    select lead_id from valid_meetings where lead_id is not null
)

select
    l.lead_id,
    l.created_at,
    cast(l.created_at as date) as created_date,
    cast(l.mql_at as date) as mql_date,
    cast(l.sql_at as date) as sql_date,
    l.first_response_at,
    cast(l.converted_at as date) as converted_date,
    cast(l.disqualified_at as date) as disqualified_date,
    lower(trim(l.source)) as source,
    coalesce(ch.channel_key, 0) as channel_key,
    l.direction,
    coalesce(r.rep_key, 0) as rep_key,
    l.customer_id,
    l.converted_at is not null as is_converted,
    f.lead_id is not null as is_followed_up,
    date_diff('second', l.created_at, l.first_response_at) as response_seconds
from valid_leads as l
left join followed_up as f on f.lead_id = l.lead_id
left join dim_channel as ch on ch.channel = lower(trim(l.source)) and ch.channel_key > 0
left join dim_rep as r on r.rep_id = l.owner_rep_id and r.rep_key > 0
