-- customers.csv: one customer per closed deal: the seller who joined Olist (seller_id is unique per deal). The
-- source has no name, place or size: the id is the name; country and region are Brazil (Olist is a Brazilian
-- marketplace, no column says more); the segment comes from lead_type's size words (online_beginner/small → SMB,
-- online_medium → MID, online_big/top → ENT), and the types that state no size (industry, offline, other, empty)
-- default to SMB. The account is created when the deal is won; its acquisition channel is its lead's origin.
with lead as (
    select mql_id, coalesce(nullif(lower(trim(origin)), ''), 'unknown') as channel
    from mqls
)

select
    d.seller_id as customer_id,
    d.seller_id as customer_name,
    case lower(trim(d.lead_type))
        when 'online_medium' then 'MID'
        when 'online_big' then 'ENT'
        when 'online_top' then 'ENT'
        else 'SMB'
    end as segment,
    d.business_segment as industry,
    'Brazil' as country,
    'Brazil' as region,
    cast(src_timestamp(d.won_date) as date) as created_date,
    l.channel as acquisition_channel,
    'deals' as _source,
    d._line
from deals as d
left join lead as l on l.mql_id = d.mql_id
