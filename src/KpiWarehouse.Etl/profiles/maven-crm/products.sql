-- products.csv. The source has a suggested retail price but no cost: unit_cost is 0 (no KPI of this data set reads
-- it: the pipeline has no invoiced orders). Nothing is sold as a subscription.
select
    trim(product) as product_id,
    trim(product) as product_name,
    trim(series) as product_line,
    cast(sales_price as decimal(18, 4)) as list_price,
    0 as unit_cost,
    false as is_recurring,
    'products' as _source,
    _line
from products
