-- Spend: one row per marketing or sales spend row.
select
    s.spend_date,
    coalesce(ch.channel_key, 0) as channel_key,
    s.category,
    cast(s.amount as decimal(18, 4)) as amount
from valid_marketing_spend as s
left join dim_channel as ch on ch.channel = lower(trim(s.channel)) and ch.channel_key > 0
