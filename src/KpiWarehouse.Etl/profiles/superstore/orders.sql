-- One order line per source row; line_no = the line's rank within its order by Row ID.
-- Sales is the net amount and Profit = Sales − cost, so unit_price = Sales / (Quantity × (1 − Discount)) and
-- unit_cost = (Sales − Profit) / Quantity. Both are divided exactly, in integers (amounts in 1e-4, Quantity ×
-- (1 − Discount) in 1e-8, results in 1e-12, rounded half away from zero). In this file every price has at most 2
-- decimals and every cost at most 4, so at the load's 4 decimals round(quantity × unit_price × (1 − discount_pct), 4)
-- is Sales and round(quantity × unit_cost, 4) is Sales − Profit, line by line. A price or cost that needs more than
-- 4 decimals would not give Sales back: the load stops on it (KPIW-P005, naming the line) instead of rounding it.
-- A row whose numbers do not parse (or whose Quantity × (1 − Discount) is 0) gets an empty price or cost and the
-- load quarantines it with the reason; a negative price or cost is passed on, for the load's >= 0 rule.
with typed as (
    select
        *,
        try_cast("Sales" as decimal(18, 4)) as net_sales,
        try_cast("Profit" as decimal(18, 4)) as net_profit,
        try_cast("Quantity" as decimal(18, 4)) as qty,
        coalesce(try_cast("Discount" as decimal(18, 4)), 0) as discount_rate
    from lines
),

scaled as (
    select
        *,
        cast(net_sales * 10000 as hugeint) as sales_e4,
        cast((net_sales - net_profit) * 10000 as hugeint) as cost_e4,
        cast(qty * 10000 as hugeint) as qty_e4,
        cast(qty * (1 - discount_rate) * 100000000 as hugeint) as net_qty_e8
    from typed
),

priced as (
    select
        *,
        case when net_qty_e8 > 0
            then sign(sales_e4) * ((2 * abs(sales_e4) * 10000000000000000 + net_qty_e8) // (2 * net_qty_e8))
        end as price_e12,
        case when qty_e4 > 0
            then sign(cost_e4) * ((2 * abs(cost_e4) * 1000000000000 + qty_e4) // (2 * qty_e4))
        end as cost_e12
    from scaled
),

texts as (
    select
        *,
        regexp_replace(cast(cast(price_e12 as decimal(38, 0)) * 0.000000000001 as varchar), '\.?0+$', '') as price_text,
        regexp_replace(cast(cast(cost_e12 as decimal(38, 0)) * 0.000000000001 as varchar), '\.?0+$', '') as cost_text
    from priced
)

select
    "Order ID" as order_id,
    row_number() over (partition by "Order ID" order by try_cast("Row ID" as bigint), _line) as line_no,
    src_date("Order Date") as order_date,
    "Customer ID" as customer_id,
    "Product ID" as product_id,
    'REGION-' || upper("Region") as rep_id,
    "Quantity" as quantity,
    case when price_e12 % 100000000 <> 0
        then error('line ' || _line || ': the unit price Sales / (Quantity × (1 − Discount)) = ' || price_text
            || ' has more than the 4 decimals the warehouse keeps; Revenue would not equal Sales')
        else price_text
    end as unit_price,
    "Discount" as discount_pct,
    case when cost_e12 % 100000000 <> 0
        then error('line ' || _line || ': the unit cost (Sales − Profit) / Quantity = ' || cost_text
            || ' has more than the 4 decimals the warehouse keeps; Gross Profit would not equal Profit')
        else cost_text
    end as unit_cost,
    'lines' as _source,
    _line
from texts
