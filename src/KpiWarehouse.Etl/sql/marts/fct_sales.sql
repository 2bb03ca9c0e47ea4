-- Sales: one row per accepted order line; revenue and cost derived at load (contract: line revenue = quantity × unit_price × (1 − discount_pct)).
with lines as (
    select
        o.*,
        coalesce(o.discount_pct, 0) as discount
    from valid_orders as o
)

select
    l.order_id,
    l.line_no,
    l.order_date,
    coalesce(c.customer_key, 0) as customer_key,
    coalesce(p.product_key, 0) as product_key,
    coalesce(r.rep_key, 0) as rep_key,
    l.opportunity_id,
    cast(l.quantity as decimal(18, 4)) as quantity,
    cast(l.unit_price as decimal(18, 4)) as unit_price_amount,
    cast(l.discount as decimal(9, 4)) as discount_pct,
    cast(round(l.quantity * l.unit_price * (1 - l.discount), 4) as decimal(18, 4)) as revenue_amount,
    cast(round(l.quantity * l.unit_cost, 4) as decimal(18, 4)) as cost_amount,
    cast(year(l.order_date) as integer) as year
from lines as l
left join dim_customer as c on c.customer_id = l.customer_id and c.customer_key > 0
left join dim_product as p on p.product_id = l.product_id and p.product_key > 0
left join dim_rep as r on r.rep_id = l.rep_id and r.rep_key > 0
