-- Quotes: one row per quote, sliced by its opportunity's customer, owner and product.
select
    q.quote_id,
    q.opportunity_id,
    q.sent_at as sent_date,
    q.decided_at as decided_date,
    cast(q.amount as decimal(18, 4)) as amount,
    q.status,
    o.customer_key,
    o.rep_key,
    o.product_key
from valid_quotes as q
inner join fct_opportunities as o on o.opportunity_id = q.opportunity_id
