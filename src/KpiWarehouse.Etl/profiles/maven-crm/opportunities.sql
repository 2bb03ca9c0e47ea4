-- sales_pipeline.csv. created = engage_date; a Prospecting deal has none, so it gets the earliest date the source
-- allows: the data set's first engage_date. closed = close_date; Won/Lost are closed, Engaging/Prospecting open.
-- The pipeline writes 'GTXPro' where products.csv writes 'GTX Pro'. Open deals without an account keep an empty
-- customer (the model's unknown customer); open deals have no value. The source has no deal type: NEW_BUSINESS.
with first_day as (
    select min(src_date(engage_date)) as day from pipeline
)
select
    trim(p.opportunity_id) as opportunity_id,
    trim(p.account) as customer_id,
    trim(p.sales_agent) as owner_rep_id,
    case trim(p.product) when 'GTXPro' then 'GTX Pro' else trim(p.product) end as product_id,
    'NEW_BUSINESS' as type,
    coalesce(src_date(p.engage_date), f.day) as created_at,
    cast(p.close_value as decimal(18, 4)) as amount,
    trim(p.deal_stage) as stage,
    case trim(p.deal_stage) when 'Won' then 'WON' when 'Lost' then 'LOST' else 'OPEN' end as status,
    src_date(p.close_date) as closed_at,
    'pipeline' as _source,
    p._line
from pipeline as p, first_day as f
