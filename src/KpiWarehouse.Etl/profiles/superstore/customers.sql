-- One customer per Customer ID. Name and segment are the same on all its lines; the address (country, region,
-- city) is that of its first order line (earliest Order Date, then Row ID): 766 of the 793 customers ship to
-- more than one region. created_date = the first order date (Superstore has no account creation date).
-- Segment: Consumer → SMB, Home Office → MID, Corporate → ENT (order-preserving, one to one); another value is
-- passed through and the load quarantines it as an unknown code.
with ranked as (
    select
        *,
        row_number() over (
            partition by "Customer ID" order by src_date("Order Date") nulls last, try_cast("Row ID" as bigint), _line
        ) as rank_in_customer,
        min(src_date("Order Date")) over (partition by "Customer ID") as first_order_date
    from lines
    where "Customer ID" is not null
)

select
    "Customer ID" as customer_id,
    "Customer Name" as customer_name,
    case "Segment"
        when 'Consumer' then 'SMB'
        when 'Home Office' then 'MID'
        when 'Corporate' then 'ENT'
        else "Segment"
    end as segment,
    "Country" as country,
    "Region" as region,
    "City" as city,
    first_order_date as created_date,
    'lines' as _source,
    _line
from ranked
where rank_in_customer = 1
