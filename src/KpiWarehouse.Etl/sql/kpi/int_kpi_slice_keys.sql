-- Which dimension keys each slice selects: one row per (slice, key), exactly one key column set. A fact row belongs
-- to slice 0 ('All') and to every slice whose key equals one of its own keys (the unknown key 0 is in no slice).
with slices as (
    select slice_id, dimension, member from int_kpi_slices where slice_id > 0
)

select s.slice_id, c.customer_key, cast(null as integer) as rep_key, cast(null as integer) as product_key, cast(null as integer) as channel_key
from slices as s
inner join dim_customer as c
    on c.customer_key > 0
    and ((s.dimension = 'Customer Region' and c.region = s.member) or (s.dimension = 'Customer Segment' and c.segment = s.member))
union all
select s.slice_id, null, r.rep_key, null, null
from slices as s
inner join dim_rep as r
    on r.rep_key > 0
    and ((s.dimension = 'Rep Team' and r.team = s.member) or (s.dimension = 'Rep Name' and r.rep_name = s.member))
union all
select s.slice_id, null, null, p.product_key, null
from slices as s
inner join dim_product as p on p.product_key > 0 and s.dimension = 'Product Line' and p.product_line = s.member
union all
select s.slice_id, null, null, null, ch.channel_key
from slices as s
inner join dim_channel as ch on ch.channel_key > 0 and s.dimension = 'Channel' and ch.channel = s.member
