-- kpi_monthly: every KPI of the catalog by month ('All') and by month × each slice its catalog Dims allow, one row
-- per non-BLANK value. kpi_values (the section tables unpivoted) and kpi_catalog (number, name, column, Dims) are
-- built by the loader from the catalog (Etl/Kpi/KpiMonthly.cs).
with catalog_slices as (
    select k.kpi_number, k.kpi, k.kpi_column, s.slice_id, s.dimension, s.member
    from kpi_catalog as k
    inner join int_kpi_slices as s on s.dimension_table is null or list_contains(k.dims, s.dimension_table)
)

select
    c.kpi_number,
    c.kpi,
    v.month as month_date,
    c.dimension,
    c.member,
    v.value
from kpi_values as v
inner join catalog_slices as c on c.kpi_column = v.kpi_column and c.slice_id = v.slice_id
