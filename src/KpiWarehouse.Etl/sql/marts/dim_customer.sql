-- Customer: one member per accepted customer (keys from 1 in customer_id order) and the unknown member 0.
with first_orders as (
    select customer_id, min(order_date) as first_order_date
    from valid_orders
    group by customer_id
),

first_subscriptions as (
    select customer_id, min(event_date) as first_subscription_date
    from valid_subscription_events
    group by customer_id
),

members as (
    select
        cast(row_number() over (order by c.customer_id) as integer) as customer_key,
        c.customer_id,
        c.customer_name,
        c.segment,
        c.industry,
        c.country,
        c.region,
        c.city,
        c.created_date,
        c.referred_by_customer_id,
        lower(trim(c.acquisition_channel)) as acquisition_channel,
        o.first_order_date,
        s.first_subscription_date,
        case
            when o.first_order_date is null then s.first_subscription_date
            when s.first_subscription_date is null then o.first_order_date
            else least(o.first_order_date, s.first_subscription_date)
        end as customer_start_date,
        c.referred_by_customer_id is not null as is_referred
    from valid_customers as c
    left join first_orders as o on o.customer_id = c.customer_id
    left join first_subscriptions as s on s.customer_id = c.customer_id
),

unknown as (
    select
        0 as customer_key, '(Unknown)' as customer_id, '(Unknown)' as customer_name, '(Unknown)' as segment,
        '(Unknown)' as industry, '(Unknown)' as country, '(Unknown)' as region, '(Unknown)' as city,
        cast(null as date) as created_date, cast(null as varchar) as referred_by_customer_id,
        '(Unknown)' as acquisition_channel, cast(null as date) as first_order_date,
        cast(null as date) as first_subscription_date, cast(null as date) as customer_start_date,
        cast(null as boolean) as is_referred
)

select * from unknown
union all
select * from members
