-- The catalog's BLANK rules (shared/spec/kpi-catalog.md, "Period and slicing rules"); NULL is BLANK.
-- A count or sum over no rows is NULL (the int_kpi_* tables use nullif(count(*), 0) and sum's NULL over no rows).

-- A ratio: NULL when the denominator is NULL or 0, otherwise a NULL numerator counts as 0 (DAX DIVIDE with COALESCE).
create or replace temp macro kpi_divide(numerator, denominator) as
    case
        when denominator is null or denominator = 0 then null
        else cast(coalesce(numerator, 0) as double) / cast(denominator as double)
    end;

-- A missing file's KPIs are BLANK, never 0 (raw contract): a ratio whose numerator comes from a fact table without
-- any row is NULL even when its denominator is not (the catalog's `IF ( NOT ISBLANK ( COUNTROWS ( ALL ( T ) ) ), …)`).
create or replace temp macro kpi_if_source_has(has_rows, value) as
    case when has_rows then value end;

-- a + b and a − b: NULL when both are NULL, otherwise a NULL operand counts as 0 (DAX arithmetic on BLANK).
create or replace temp macro kpi_add(a, b) as
    case when a is null and b is null then null else coalesce(a, 0) + coalesce(b, 0) end;

create or replace temp macro kpi_subtract(a, b) as
    case when a is null and b is null then null else coalesce(a, 0) - coalesce(b, 0) end;

-- The fact rows `facts` (a table or CTE name) in every slice they belong to, with its slice_id: slice 0 ('All') and
-- the slices of their keys of the dimensions `dims` names ('Customer', 'Rep', 'Product', 'Channel', as the catalog's
-- Dims): customer_key, rep_key, product_key, channel_key joined with int_kpi_slice_keys. `facts` has all four key
-- columns (NULL for a key the fact has not); a dimension outside `dims` is no join at all (its branch folds away).
create or replace temp macro kpi_sliced(facts, dims) as table
    select 0 as slice_id, f.* from query_table(facts) as f
    union all
    select k.slice_id, f.* from query_table(facts) as f inner join int_kpi_slice_keys as k on k.customer_key = f.customer_key
    where list_contains(dims, 'Customer')
    union all
    select k.slice_id, f.* from query_table(facts) as f inner join int_kpi_slice_keys as k on k.rep_key = f.rep_key
    where list_contains(dims, 'Rep')
    union all
    select k.slice_id, f.* from query_table(facts) as f inner join int_kpi_slice_keys as k on k.product_key = f.product_key
    where list_contains(dims, 'Product')
    union all
    select k.slice_id, f.* from query_table(facts) as f inner join int_kpi_slice_keys as k on k.channel_key = f.channel_key
    where list_contains(dims, 'Channel');
