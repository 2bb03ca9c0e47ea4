-- One product per Product ID, described by its first line (lowest Row ID): 32 Product IDs carry two different
-- product names (and prices) in the source; the first line's name and prices win.
-- product_line = Category, category = Sub-Category. Superstore has no price list: list_price = that line's
-- undiscounted unit price Sales / (Quantity × (1 − Discount)) to the cent, unit_cost = its (Sales − Profit) / Quantity
-- to 4 decimals (the load's scale for products). Order lines carry their own price and cost (orders.sql): these two
-- only describe the product.
with ranked as (
    select
        *,
        row_number() over (partition by "Product ID" order by try_cast("Row ID" as bigint), _line) as rank_in_product,
        try_cast("Sales" as decimal(18, 4)) as net_sales,
        try_cast("Profit" as decimal(18, 4)) as net_profit,
        try_cast("Quantity" as decimal(18, 4)) as qty,
        coalesce(try_cast("Discount" as decimal(18, 4)), 0) as discount_rate
    from lines
    where "Product ID" is not null
)

select
    "Product ID" as product_id,
    "Product Name" as product_name,
    "Category" as product_line,
    "Sub-Category" as category,
    case when qty * (1 - discount_rate) > 0 then round(cast(net_sales as double) / cast(qty * (1 - discount_rate) as double), 2) end as list_price,
    case when qty > 0 then round(cast(net_sales - net_profit as double) / cast(qty as double), 4) end as unit_cost,
    false as is_recurring,
    'lines' as _source,
    _line
from ranked
where rank_in_product = 1
