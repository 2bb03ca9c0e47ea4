-- Order lines by month and slice (Customer, Rep, Product): the sums and distinct counts of the Revenue KPIs.
-- new_customer_revenue_amount: lines of customers whose first order (over all orders) is in the same month.
with lines as (
    select
        cast(date_trunc('month', s.order_date) as date) as month,
        s.customer_key,
        s.rep_key,
        s.product_key,
        cast(null as integer) as channel_key,
        s.order_id,
        s.revenue_amount,
        s.cost_amount,
        s.quantity,
        cast(date_trunc('month', c.first_order_date) as date) as first_order_month
    from fct_sales as s
    inner join dim_customer as c on c.customer_key = s.customer_key
)

select
    month,
    slice_id,
    sum(revenue_amount) as revenue_amount,
    sum(cost_amount) as cost_amount,
    sum(quantity) as quantity,
    count(distinct order_id) as order_count,
    count(distinct customer_key) as customer_count,
    sum(revenue_amount) filter (where first_order_month = month) as new_customer_revenue_amount
from kpi_sliced(lines, ['Customer', 'Rep', 'Product'])
group by month, slice_id
