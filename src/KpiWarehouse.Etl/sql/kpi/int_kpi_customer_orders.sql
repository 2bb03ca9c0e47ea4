-- Ordering customers by month and slice (Customer only: Rep and Product do not filter these KPIs): customers with
-- an order line in the month, those of them who ordered before the month, and all who ordered before the month.
with first_orders as (
    select customer_key, cast(date_trunc('month', min(order_date)) as date) as first_order_month
    from fct_sales
    group by customer_key
),

ordering as (
    select distinct s.customer_key, cast(date_trunc('month', s.order_date) as date) as month
    from fct_sales as s
),

in_month as (
    select
        o.month,
        cs.slice_id,
        nullif(count(*), 0) as ordering_count,
        nullif(count(*) filter (where f.first_order_month < o.month), 0) as returning_count
    from ordering as o
    inner join first_orders as f on f.customer_key = o.customer_key
    inner join int_kpi_customer_slices as cs on cs.customer_key = o.customer_key
    group by o.month, cs.slice_id
),

-- Customers by slice and the month of their first order, so that the customers who ordered before a month are a
-- sum over the earlier months.
first_order_months as (
    select f.first_order_month, cs.slice_id, count(*) as customer_count
    from first_orders as f
    inner join int_kpi_customer_slices as cs on cs.customer_key = f.customer_key
    group by f.first_order_month, cs.slice_id
),

before_month as (
    select c.month, c.slice_id, cast(sum(f.customer_count) as bigint) as ordered_before_count
    from int_kpi_cells as c
    inner join first_order_months as f on f.slice_id = c.slice_id and f.first_order_month < c.month
    group by c.month, c.slice_id
)

select
    coalesce(i.month, b.month) as month,
    coalesce(i.slice_id, b.slice_id) as slice_id,
    i.ordering_count,
    i.returning_count,
    b.ordered_before_count
from in_month as i
full outer join before_month as b on b.month = i.month and b.slice_id = i.slice_id
