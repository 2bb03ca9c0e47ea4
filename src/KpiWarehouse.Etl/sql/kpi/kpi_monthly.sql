-- kpi_monthly: every KPI of the catalog by month ('All') and by month × each slice its catalog Dims allow, one row
-- per non-BLANK value. kpi_values (the section tables unpivoted) and kpi_catalog (number, name, column, Dims) are
-- built by the loader from the catalog (Etl/Kpi/KpiMonthly.cs).
select
    k.kpi_number,
    k.kpi,
    v.month as month_date,
    s.dimension,
    s.member,
    v.value
from kpi_values as v
inner join kpi_catalog as k on k.kpi_column = v.kpi_column
inner join int_kpi_slices as s on s.slice_id = v.slice_id
where s.dimension_table is null or list_contains(k.dims, s.dimension_table)
