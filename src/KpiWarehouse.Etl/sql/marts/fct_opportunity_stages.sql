-- Opportunity Stages: one row per stage entry, sliced by its opportunity's customer, owner and product.
select
    s.opportunity_id,
    s.stage,
    s.entered_at as entered_date,
    o.customer_key,
    o.rep_key,
    o.product_key
from valid_opportunity_stages as s
inner join fct_opportunities as o on o.opportunity_id = s.opportunity_id
