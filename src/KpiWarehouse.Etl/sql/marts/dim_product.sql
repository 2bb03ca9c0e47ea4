-- Product: one member per accepted product (keys from 1 in product_id order) and the unknown member 0.
with members as (
    select
        cast(row_number() over (order by product_id) as integer) as product_key,
        product_id,
        product_name,
        product_line,
        category,
        cast(list_price as decimal(18, 4)) as list_price_amount,
        cast(unit_cost as decimal(18, 4)) as unit_cost_amount,
        is_recurring
    from valid_products
),

unknown as (
    select
        0 as product_key, '(Unknown)' as product_id, '(Unknown)' as product_name, '(Unknown)' as product_line,
        '(Unknown)' as category, cast(null as decimal(18, 4)) as list_price_amount,
        cast(null as decimal(18, 4)) as unit_cost_amount, cast(null as boolean) as is_recurring
)

select * from unknown
union all
select * from members
