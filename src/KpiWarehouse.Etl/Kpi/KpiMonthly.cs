using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using KpiWarehouse.Catalog;

namespace KpiWarehouse.Etl.Kpi;

/// <summary>
/// Builds <c>kpi_monthly</c> (docs/star-schema.md) from <c>sql/kpi/</c> over the star tables. The catalog drives it:
/// the section files (<c>kpi_&lt;section&gt;.sql</c>) give one column per KPI, named by <see cref="ColumnName"/>; the
/// catalog decides which KPIs exist, their names, numbers and the slices (Dims) each one keeps.
/// </summary>
internal static class KpiMonthly
{
    public const string Table = "kpi_monthly";

    /// <summary>The row order of the Parquet file (a total order: one row per KPI, month and slice); the exporter sorts.</summary>
    public const string OrderBy = "kpi_number, month_date, dimension, member";

    // The grid every other file reads, in build order; the other int_kpi_* files read only these and the star tables.
    private static readonly string[] Grid = ["int_kpi_slices", "int_kpi_slice_keys", "int_kpi_customer_slices", "int_kpi_cells"];

    /// <summary>Builds the table and drops its intermediate tables; the number of rows.</summary>
    public static long Build(DuckDBConnection connection, KpiCatalog catalog)
    {
        var files = Sql.Names("kpi");
        var intermediates = Grid.Concat(files.Where(f => f.StartsWith("int_kpi_", StringComparison.Ordinal)).Except(Grid)).ToList();
        var sections = files.Where(f => f.StartsWith("kpi_", StringComparison.Ordinal) && f != Table).ToList();

        Sql.Execute(connection, Sql.File("kpi/macros.sql"));
        foreach (var name in intermediates)
            Sql.Execute(connection, $"create or replace table {name} as\n{Sql.File($"kpi/{name}.sql")}");
        // The sections are read once, by the unpivot: views, so they run inside that one statement.
        foreach (var name in sections)
            Sql.Execute(connection, $"create or replace view {name} as\n{Sql.File($"kpi/{name}.sql")}");
        Sql.Execute(connection, CatalogTable(catalog));
        CheckColumns(connection, catalog, sections);
        Sql.Execute(connection, "create or replace table kpi_values as\n" + string.Join("\nunion all\n", sections.Select(s =>
            $"select * from (unpivot {s} on columns(* exclude (month, slice_id)) into name kpi_column value value)")));
        Sql.Execute(connection, $"create or replace table {Table} as\n{Sql.File($"kpi/{Table}.sql")}");
        foreach (var name in sections)
            Sql.Execute(connection, $"drop view {name}");
        foreach (var name in intermediates.Append("kpi_values").Append("kpi_catalog").Reverse())
            Sql.Execute(connection, $"drop table {name}");
        return Sql.Scalar<long>(connection, $"select count(*) from {Table}");
    }

    /// <summary>The column of a KPI in the section files: its name in snake_case, <c>%</c> as <c>pct</c>
    /// (<c>Revenue YoY Growth %</c> → <c>revenue_yoy_growth_pct</c>).</summary>
    public static string ColumnName(string kpi)
    {
        var text = new StringBuilder();
        foreach (var c in kpi.Replace("%", " pct ", StringComparison.Ordinal).ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
                text.Append(c);
            else if (text.Length > 0 && text[^1] != '_')
                text.Append('_');
        }
        return text.ToString().TrimEnd('_');
    }

    private static string CatalogTable(KpiCatalog catalog)
    {
        var rows = catalog.Kpis.Select(k => string.Create(CultureInfo.InvariantCulture,
            $"({k.Number}, {Sql.Quote(k.Name)}, {Sql.Quote(ColumnName(k.Name))}, [{string.Join(", ", k.Dimensions.Select(Sql.Quote))}]::varchar[])"));
        return $"""
            create or replace table kpi_catalog as
            select * from (values {string.Join(",\n    ", rows)}) as k (kpi_number, kpi, kpi_column, dims)
            """;
    }

    // The SQL and the catalog must name the same KPIs: a KPI without a column, a column without a KPI, or a column
    // in two sections is a bug of the shipped files (a test builds kpi_monthly and would fail first).
    private static void CheckColumns(DuckDBConnection connection, KpiCatalog catalog, IReadOnlyList<string> sections)
    {
        var columns = Sql.Rows(connection, $"""
            select column_name from information_schema.columns
            where table_schema = 'main' and table_name in ({string.Join(", ", sections.Select(Sql.Quote))})
              and column_name not in ('month', 'slice_id')
            """).Select(r => (string)r[0]!).ToList();
        var expected = catalog.Kpis.Select(k => ColumnName(k.Name)).ToList();
        var problems = expected.Except(columns).Select(c => $"no SQL column {c}")
            .Concat(columns.Except(expected).Select(c => $"column {c} is no KPI of the catalog"))
            .Concat(columns.GroupBy(c => c).Where(g => g.Count() > 1).Select(g => $"column {g.Key} in several sections"))
            .ToList();
        if (problems.Count > 0)
            throw new InvalidOperationException($"sql/kpi and the KPI catalog disagree: {string.Join("; ", problems)}");
    }
}
