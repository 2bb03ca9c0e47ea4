-- Subscription Events: one row per recurring revenue movement.
select
    e.event_id,
    e.event_date,
    e.event_type,
    cast(e.mrr_delta as decimal(18, 4)) as mrr_delta_amount,
    coalesce(c.customer_key, 0) as customer_key,
    coalesce(p.product_key, 0) as product_key
from valid_subscription_events as e
left join dim_customer as c on c.customer_id = e.customer_id and c.customer_key > 0
left join dim_product as p on p.product_id = e.product_id and p.product_key > 0
