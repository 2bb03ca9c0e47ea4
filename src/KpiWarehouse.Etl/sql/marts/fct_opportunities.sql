-- Opportunities: one row per accepted opportunity, with its stage's order and probability and the sales cycle in days.
select
    o.opportunity_id,
    coalesce(c.customer_key, 0) as customer_key,
    coalesce(r.rep_key, 0) as rep_key,
    coalesce(p.product_key, 0) as product_key,
    o.lead_id,
    o.type as opportunity_type,
    o.created_at as created_date,
    o.closed_at as closed_date,
    cast(o.amount as decimal(18, 4)) as amount,
    o.stage,
    s.sort_order as stage_sort_order,
    cast(s.probability as decimal(9, 4)) as stage_probability,
    o.status,
    o.lost_reason,
    cast(date_diff('day', o.created_at, o.closed_at) as integer) as sales_cycle_days,
    cast(year(o.created_at) as integer) as year
from valid_opportunities as o
left join valid_stages as s on s.stage = o.stage
left join dim_customer as c on c.customer_id = o.customer_id and c.customer_key > 0
left join dim_rep as r on r.rep_id = o.owner_rep_id and r.rep_key > 0
left join dim_product as p on p.product_id = o.product_id and p.product_key > 0
