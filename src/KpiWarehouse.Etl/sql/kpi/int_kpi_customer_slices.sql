-- Every customer key (the unknown 0 too) with the slices it belongs to: slice 0 ('All') and its Customer slices; for
-- the KPIs that count customers rather than fact rows (int_kpi_customer_orders, int_kpi_customer_status).
select customer_key, 0 as slice_id from dim_customer
union all
select customer_key, slice_id from int_kpi_slice_keys where customer_key is not null
