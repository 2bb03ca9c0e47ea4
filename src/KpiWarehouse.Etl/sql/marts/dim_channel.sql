-- Channel: every channel code named by leads, customers or marketing spend (trimmed, lower case), keys from 1 in code order, and the unknown member 0.
with codes as (
    select lower(trim(source)) as channel from valid_leads
    union
    select lower(trim(acquisition_channel)) from valid_customers
    union
    select lower(trim(channel)) from valid_marketing_spend
),

members as (
    select
        cast(row_number() over (order by channel) as integer) as channel_key,
        channel
    from codes
    where channel is not null and channel <> ''
)

select 0 as channel_key, '(Unknown)' as channel
union all
select * from members
