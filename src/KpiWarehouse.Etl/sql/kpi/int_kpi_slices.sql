-- The slices of kpi_monthly: 'All' (slice 0, member NULL) and every member of the verify grid's slicer columns
-- (docs/verify.md "The grid"), numbered in report order. dimension_table is the catalog Dims entry a slice belongs
-- to. Members are the real members (key > 0) with a value: the unknown member and empty attributes are no slice.
with dimensions as (
    select * from (values
        (1, 'Customer Region', 'Customer'),
        (2, 'Customer Segment', 'Customer'),
        (3, 'Rep Team', 'Rep'),
        (4, 'Rep Name', 'Rep'),
        (5, 'Product Line', 'Product'),
        (6, 'Channel', 'Channel')
    ) as d (dimension_rank, dimension, dimension_table)
),

members as (
    select distinct 'Customer Region' as dimension, region as member from dim_customer where customer_key > 0
    union select distinct 'Customer Segment', segment from dim_customer where customer_key > 0
    union select distinct 'Rep Team', team from dim_rep where rep_key > 0
    union select distinct 'Rep Name', rep_name from dim_rep where rep_key > 0
    union select distinct 'Product Line', product_line from dim_product where product_key > 0
    union select distinct 'Channel', channel from dim_channel where channel_key > 0
)

select 0 as slice_id, 0 as dimension_rank, 'All' as dimension, cast(null as varchar) as dimension_table, cast(null as varchar) as member
union all
select
    cast(row_number() over (order by d.dimension_rank, m.member) as integer) as slice_id,
    d.dimension_rank,
    d.dimension,
    d.dimension_table,
    m.member
from members as m
inner join dimensions as d on d.dimension = m.dimension
where m.member is not null
